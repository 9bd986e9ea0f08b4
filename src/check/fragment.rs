//! The paste in the URL fragment (`/check#r=...`), compressed so a shared link stays short.
//! The fragment never reaches a server: browsers do not send it.
//!
//! Format: base64url (no padding) of a version byte, then LZ77 tokens over the text with a
//! preset dictionary of what HTTP responses usually hold, so even a short paste compresses.
//! - `0x00..=0x7F`: a literal run of `b + 1` bytes, which follow;
//! - `0x80..=0xFF`: a match of `(b & 0x7F) + 3` bytes, then its distance back as LEB128.
//!
//! Changing [`DICTIONARY`] or the tokens needs a new [`VERSION`] so old links still decode.

use super::MAX_INPUT_BYTES;

const VERSION: u8 = 1;

/// Text that a match may refer back into before the paste begins. Part of the format.
const DICTIONARY: &[u8] = b"HTTP/1.1 200 OK\r\nHTTP/2 404 Not Found\ncontent-type: text/html; charset=utf-8\n\
Content-Type: application/json\nContent-Length: \nCache-Control: no-cache, no-store, max-age=0, must-revalidate\n\
Date: Mon, Tue, Wed, Thu, Fri, Sat, Sun, Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec 2026 GMT\n\
Server: nginx\nConnection: keep-alive\nRetry-After: \nWWW-Authenticate: Bearer realm=\"\nAllow: GET, HEAD, POST, PUT, DELETE, OPTIONS\n\
Location: https://\nVary: Accept-Encoding\nStrict-Transport-Security: max-age=31536000; includeSubDomains\n\
X-Content-Type-Options: nosniff\n< HTTP/2 \n< content-type: \n< date: \n> GET / HTTP/1.1\n> Host: \n> User-Agent: curl/\n\
> Accept: */*\n* Connected to \napplication/problem+json\n{\"type\":\"\",\"title\":\"\",\"status\":,\"detail\":\"\"}\n\
<html>\r\n<head><title></title></head>\r\n<body>\r\n<center><h1></h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n\
Bad Request Unauthorized Forbidden Method Not Allowed Too Many Requests Internal Server Error\n";

/// Longest text a fragment may expand to: a hostile link cannot make the page allocate more.
pub const MAX_DECODED_BYTES: usize = 1024 * 1024;

const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 130;
const WINDOW: usize = 1 << 16;
const HASH_BITS: u32 = 13;
const MAX_CHAIN: usize = 48;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FragmentError {
    NotBase64,
    UnknownVersion,
    Corrupt,
    TooLarge,
    NotText,
}

impl FragmentError {
    pub fn message(&self) -> &'static str {
        match self {
            FragmentError::NotBase64 | FragmentError::Corrupt => {
                "The link's #r= part is damaged (cut short or edited), so the paste cannot be restored. Paste the response again."
            }
            FragmentError::UnknownVersion => {
                "The link's #r= part was made by another version of this page and cannot be read here. Paste the response again."
            }
            FragmentError::TooLarge => "The link's #r= part expands to more than 1 MiB; it was not read.",
            FragmentError::NotText => "The link's #r= part does not hold text. Paste the response again.",
        }
    }
}

/// Encodes a paste for the fragment; text beyond [`MAX_INPUT_BYTES`] is left out, as the
/// checker would not read it anyway.
pub fn encode(text: &str) -> String {
    let mut end = text.len().min(MAX_INPUT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut bytes = vec![VERSION];
    compress(&text.as_bytes()[..end], &mut bytes);
    base64url_encode(&bytes)
}

/// Decodes what [`encode`] made; anything else is an error, never a panic.
pub fn decode(fragment: &str) -> Result<String, FragmentError> {
    let bytes = base64url_decode(fragment).ok_or(FragmentError::NotBase64)?;
    match bytes.split_first() {
        Some((&VERSION, rest)) => {
            let out = decompress(rest)?;
            String::from_utf8(out).map_err(|_| FragmentError::NotText)
        }
        Some(_) => Err(FragmentError::UnknownVersion),
        None => Err(FragmentError::Corrupt),
    }
}

/// The paste in a location hash (`#r=...`, with or without the `#`, among other `&` parts).
/// None when the hash has no `r=`.
pub fn from_hash(hash: &str) -> Option<Result<String, FragmentError>> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.split('&').find_map(|part| part.strip_prefix("r=")).map(decode)
}

/// The hash for a paste: `#r=...`, or empty for an empty paste.
pub fn to_hash(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("#r={}", encode(text))
    }
}

fn hash3(data: &[u8], i: usize) -> usize {
    let v = u32::from(data[i]) | u32::from(data[i + 1]) << 8 | u32::from(data[i + 2]) << 16;
    (v.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
}

fn compress(input: &[u8], out: &mut Vec<u8>) {
    let mut data = Vec::with_capacity(DICTIONARY.len() + input.len());
    data.extend_from_slice(DICTIONARY);
    data.extend_from_slice(input);
    let mut head = vec![usize::MAX; 1 << HASH_BITS];
    let mut prev = vec![usize::MAX; data.len()];
    let insert = |head: &mut Vec<usize>, prev: &mut Vec<usize>, i: usize| {
        if i + MIN_MATCH <= data.len() {
            let h = hash3(&data, i);
            prev[i] = head[h];
            head[h] = i;
        }
    };
    for i in 0..DICTIONARY.len() {
        insert(&mut head, &mut prev, i);
    }
    let mut literals: Vec<u8> = Vec::new();
    let mut i = DICTIONARY.len();
    while i < data.len() {
        let mut best = (0, 0);
        if i + MIN_MATCH <= data.len() {
            let mut candidate = head[hash3(&data, i)];
            let mut steps = 0;
            while candidate != usize::MAX && i - candidate <= WINDOW && steps < MAX_CHAIN {
                let max = MAX_MATCH.min(data.len() - i);
                let len = (0..max).take_while(|&k| data[candidate + k] == data[i + k]).count();
                if len > best.0 {
                    best = (len, i - candidate);
                }
                candidate = prev[candidate];
                steps += 1;
            }
        }
        if best.0 >= MIN_MATCH {
            flush_literals(&mut literals, out);
            out.push(0x80 | (best.0 - MIN_MATCH) as u8);
            let mut distance = best.1;
            loop {
                let byte = (distance & 0x7F) as u8;
                distance >>= 7;
                if distance == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
            for k in i..i + best.0 {
                insert(&mut head, &mut prev, k);
            }
            i += best.0;
        } else {
            literals.push(data[i]);
            insert(&mut head, &mut prev, i);
            i += 1;
        }
    }
    flush_literals(&mut literals, out);
}

fn flush_literals(literals: &mut Vec<u8>, out: &mut Vec<u8>) {
    for chunk in literals.chunks(128) {
        out.push((chunk.len() - 1) as u8);
        out.extend_from_slice(chunk);
    }
    literals.clear();
}

fn decompress(input: &[u8]) -> Result<Vec<u8>, FragmentError> {
    let mut data = DICTIONARY.to_vec();
    let mut i = 0;
    while i < input.len() {
        let token = input[i];
        i += 1;
        if token < 0x80 {
            let len = usize::from(token) + 1;
            let run = input.get(i..i + len).ok_or(FragmentError::Corrupt)?;
            data.extend_from_slice(run);
            i += len;
        } else {
            let len = usize::from(token & 0x7F) + MIN_MATCH;
            let mut distance = 0usize;
            let mut shift = 0;
            loop {
                let byte = *input.get(i).ok_or(FragmentError::Corrupt)?;
                i += 1;
                if shift > 21 {
                    return Err(FragmentError::Corrupt);
                }
                distance |= usize::from(byte & 0x7F) << shift;
                shift += 7;
                if byte < 0x80 {
                    break;
                }
            }
            if distance == 0 || distance > data.len() {
                return Err(FragmentError::Corrupt);
            }
            let start = data.len() - distance;
            for k in 0..len {
                let byte = data[start + k];
                data.push(byte);
            }
        }
        if data.len() - DICTIONARY.len() > MAX_DECODED_BYTES {
            return Err(FragmentError::TooLarge);
        }
    }
    Ok(data.split_off(DICTIONARY.len()))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (k, &b)| acc | u32::from(b) << (16 - 8 * k));
        for k in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * k) & 0x3F) as usize]));
        }
    }
    out
}

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (k, &c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= v << (18 - 6 * k);
        }
        for k in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * k)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_test_vectors() {
        // RFC 4648 §10, without padding.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), coded);
            assert_eq!(base64url_decode(coded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("Zm9v!"), None);
        assert_eq!(base64url_decode("Z"), None);
    }

    #[test]
    fn round_trip_and_compression() {
        let text = "HTTP/1.1 405 Not Allowed\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n<html>\r\n<head><title>405 Not Allowed</title></head>\r\n</html>\r\n";
        let encoded = encode(text);
        assert_eq!(decode(&encoded).as_deref(), Ok(text));
        assert!(encoded.len() < text.len(), "{} >= {}", encoded.len(), text.len());
        assert_eq!(from_hash(&format!("#r={encoded}")).unwrap().as_deref(), Ok(text));
        assert_eq!(from_hash("#other"), None);
    }

    #[test]
    fn garbage_is_an_error() {
        assert_eq!(
            decode(""),
            Err(FragmentError::NotBase64).or(Err(FragmentError::Corrupt))
        );
        assert_eq!(decode("AA"), Err(FragmentError::UnknownVersion));
        // Version 1, then a match token whose distance reaches before the dictionary.
        assert_eq!(
            decode(&base64url_encode(&[1, 0x80, 0xFF, 0x7F])),
            Err(FragmentError::Corrupt)
        );
        // A literal run longer than what follows.
        assert_eq!(decode(&base64url_encode(&[1, 0x10, b'a'])), Err(FragmentError::Corrupt));
    }
}
