//! What several test files share: the codes of the guide's table, written out here
//! independently of the catalogue so that a code lost from the data fails the tests.

/// The 29 codes of the guide's table, in ascending order.
pub const TABLE_CODES: [u16; 29] = [
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424,
    425, 426, 428, 429, 431, 451,
];
