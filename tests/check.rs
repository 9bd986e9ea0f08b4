//! The response checker against a corpus of pastes written for these tests, in every form
//! people paste (curl -i, curl -v, curl -L chains, HTTPie, wget -S, browser developer tools
//! for HTTP/1.1 and HTTP/2), each with the findings the RFCs call for, by rule and severity.
//! Then bad input, and properties: nothing panics or hangs, and shared links round-trip.

use std::time::{Duration, Instant};

use fourxx_guide::check::fragment::{self, FragmentError};
use fourxx_guide::check::{self, Form, Notice, Severity, StatusKind, Version};
use proptest::prelude::*;

use Severity::{Error as E, Note as N, Warning as W};

struct Case {
    name: &'static str,
    paste: &'static str,
    statuses: &'static [u16],
    /// Every finding expected over all responses, as (key, severity); order does not matter.
    findings: &'static [(&'static str, Severity)],
}

const CASES: &[Case] = &[
    Case {
        name: "A gzip 404 page kept for an hour, without Vary: Accept-Encoding (http-server -g)",
        paste: "HTTP/1.1 404 Not Found\nContent-Encoding: gzip\nCache-Control: max-age=3600\nContent-Type: text/html\nContent-Length: 389\nDate: Wed, 25 Nov 2026 10:00:00 GMT\n\nWarning: Binary output can mess up your terminal.\n",
        statuses: &[404],
        findings: &[("vary-encoding:Vary", N)],
    },
    Case {
        name: "The same with Vary: Accept-Encoding",
        paste: "HTTP/1.1 404 Not Found\nContent-Encoding: gzip\nVary: Accept-Encoding\nCache-Control: max-age=3600\nContent-Type: text/html\nDate: Wed, 25 Nov 2026 10:00:00 GMT\n\n",
        statuses: &[404],
        findings: &[],
    },
    Case {
        name: "Postman: summary with time and size, a tab-separated header table, the Body tab",
        paste: "GET https://api.example.com/v2/items/77\nStatus: 404 Not Found   Time: 63 ms   Size: 301 B\n\nHeaders (5)\nDate\tWed, 25 Nov 2026 10:00:00 GMT\nContent-Type\tapplication/json\nContent-Length\t27\nCache-Control\tno-store\nConnection\tkeep-alive\n\nBody\n{\"error\":\"item not found\"}\n",
        statuses: &[404],
        findings: &[],
    },
    Case {
        name: "Postman or Insomnia: the status with its time and size, no Status label",
        paste: "POST https://api.example.com/v1/messages\n429 Too Many Requests   88 ms   120 B\n\nDate\tWed, 25 Nov 2026 10:00:00 GMT\nContent-Type\tapplication/json\nCache-Control\tno-store\n\n{\"error\":\"slow down\"}\n",
        statuses: &[429],
        findings: &[("missing-header:Retry-After", N)],
    },
    Case {
        name: "Go's answer to plain HTTP on a TLS port: no header at all, so no Date",
        paste: "HTTP/1.0 400 Bad Request\n\nClient sent an HTTP request to an HTTPS server.\n",
        statuses: &[400],
        findings: &[("date-missing:Date", W), ("content-type-missing:Content-Type", N)],
    },
    Case {
        name: "gunicorn's 400 for a long request line: the body points to 414",
        paste: "HTTP/1.1 400 Bad Request\nConnection: close\nContent-Type: text/html\nContent-Length: 93\n\n<html><body><h1><p>Bad Request</p></h1>Request Line is too large (8190 > 4094)</body></html>\n",
        statuses: &[400],
        findings: &[("date-missing:Date", W), ("body-hint", N)],
    },
    Case {
        name: "Debian nginx: POST to a static file, curl -i",
        paste: "HTTP/1.1 405 Not Allowed\r\nServer: nginx/1.22.1\r\nDate: Wed, 25 Nov 2026 10:00:00 GMT\r\nContent-Type: text/html\r\nContent-Length: 157\r\nConnection: keep-alive\r\n\r\n<html>\r\n<head><title>405 Not Allowed</title></head>\r\n<body>\r\n<center><h1>405 Not Allowed</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n",
        statuses: &[405],
        findings: &[
            ("missing-header:Allow", E),
            ("reason-differs", N),
            ("cache-heuristic:Cache-Control", N),
        ],
    },
    Case {
        name: "405 done right",
        paste: "HTTP/1.1 405 Method Not Allowed\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nAllow: GET, HEAD\nCache-Control: max-age=60\nContent-Length: 0\n\n",
        statuses: &[405],
        findings: &[("body-empty", N)],
    },
    Case {
        name: "405 whose Allow is not a list of methods",
        paste: "HTTP/1.1 405 Method Not Allowed\nAllow: GET HEAD\nCache-Control: no-store\n\n",
        statuses: &[405],
        findings: &[("date-missing:Date", W), ("allow-syntax:Allow", W)],
    },
    Case {
        name: "405 with an empty Allow (resource disabled) is fine",
        paste: "HTTP/1.1 405 Method Not Allowed\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nAllow: \nCache-Control: no-store\n\n",
        statuses: &[405],
        findings: &[],
    },
    Case {
        name: "Express 401 without a challenge",
        paste: "HTTP/1.1 401 Unauthorized\nX-Powered-By: Express\nContent-Type: application/json; charset=utf-8\nContent-Length: 26\nETag: W/\"1a-abc\"\n\n{\"error\":\"Unauthorized\"}\n",
        statuses: &[401],
        findings: &[("date-missing:Date", W), ("missing-header:WWW-Authenticate", E)],
    },
    Case {
        name: "401 whose WWW-Authenticate has parameters but no scheme",
        paste: "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: realm=\"api\"\nContent-Length: 0\n\n",
        statuses: &[401],
        findings: &[
            ("body-empty", N),
            ("date-missing:Date", W),
            ("challenge-missing:WWW-Authenticate", E),
        ],
    },
    Case {
        name: "401 with a Bearer challenge, curl -v over HTTP/2",
        paste: "*   Trying 192.0.2.10:443...\n* Connected to api.example.com (192.0.2.10) port 443\n* ALPN: server accepted h2\n{ [5 bytes data]\n> GET /v1/me HTTP/2\n> Host: api.example.com\n> User-Agent: curl/8.5.0\n> Accept: */*\n>\n< HTTP/2 401 \n< www-authenticate: Bearer realm=\"api\", error=\"invalid_token\"\n< content-type: application/json\n< content-length: 25\n< date: Wed, 25 Nov 2026 10:00:00 GMT\n<\n{ [25 bytes data]\n* Connection #0 to host api.example.com left intact\n{\"error\":\"invalid_token\"}\n",
        statuses: &[401],
        findings: &[],
    },
    Case {
        name: "407 from a proxy without Proxy-Authenticate",
        paste: "HTTP/1.1 407 Proxy Authentication Required\nContent-Type: text/plain\nContent-Length: 22\n\nproxy login required.\n",
        statuses: &[407],
        findings: &[("date-missing:Date", W), ("missing-header:Proxy-Authenticate", E)],
    },
    Case {
        name: "407 with a Basic challenge",
        paste: "HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm=\"corp\"\nContent-Length: 0\n\n",
        statuses: &[407],
        findings: &[("body-empty", N), ("date-missing:Date", W)],
    },
    Case {
        name: "408 from Apache without Connection: close",
        paste: "HTTP/1.1 408 Request Timeout\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nServer: Apache/2.4.62 (Debian)\nContent-Length: 221\nContent-Type: text/html; charset=iso-8859-1\n\n<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>408 Request Timeout</title>\n</head><body>\n<h1>Request Timeout</h1>\n<p>Server timeout waiting for the HTTP request from the client.</p>\n</body></html>\n",
        statuses: &[408],
        findings: &[("missing-header:Connection", N)],
    },
    Case {
        name: "408 with Connection: keep-alive lacks close",
        paste: "HTTP/1.1 408 Request Time-out\nConnection: keep-alive\nContent-Length: 0\n\n",
        statuses: &[408],
        findings: &[
            ("body-empty", N),
            ("date-missing:Date", W),
            ("header-token:Connection", N),
            ("reason-legacy", N),
        ],
    },
    Case {
        name: "413 with the legacy name from an old IIS",
        paste: "HTTP/1.1 413 Request Entity Too Large\nContent-Type: text/html\nContent-Length: 67\n\n<html><body><h1>413 Request Entity Too Large</h1></body></html>\n",
        statuses: &[413],
        findings: &[
            ("date-missing:Date", W),
            ("reason-legacy", N),
            ("missing-header:Retry-After", N),
        ],
    },
    Case {
        name: "413 as Payload Too Large with Retry-After",
        paste: "HTTP/1.1 413 Payload Too Large\nRetry-After: 3600\nContent-Length: 0\n\n",
        statuses: &[413],
        findings: &[("body-empty", N), ("date-missing:Date", W), ("reason-legacy", N)],
    },
    Case {
        name: "414 with nginx's Request-URI Too Large",
        paste: "HTTP/1.1 414 Request-URI Too Large\nServer: nginx\nContent-Type: text/html\nContent-Length: 0\nConnection: close\n\n",
        statuses: &[414],
        findings: &[
            ("body-empty", N),
            ("date-missing:Date", W),
            ("reason-legacy", N),
            ("cache-heuristic:Cache-Control", N),
        ],
    },
    Case {
        name: "415 with Accept, HTTPie (request then response)",
        paste: "POST /upload HTTP/1.1\nAccept: application/json, */*;q=0.5\nContent-Type: text/csv\nHost: api.example.com\nUser-Agent: HTTPie/3.2.2\n\nname,size\n\nHTTP/1.1 415 Unsupported Media Type\nAccept: application/json\nContent-Length: 0\nDate: Wed, 25 Nov 2026 10:00:00 GMT\n\n",
        statuses: &[415],
        findings: &[("body-empty", N), ("missing-header:Accept-Encoding", N)],
    },
    Case {
        name: "416 from S3 without Content-Range",
        paste: "HTTP/1.1 416 Requested Range Not Satisfiable\nx-amz-request-id: 4442587FB7D0A2F9\nContent-Type: application/xml\nTransfer-Encoding: chunked\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nServer: AmazonS3\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InvalidRange</Code><Message>The requested range is not satisfiable</Message><RangeRequested>bytes=99999-</RangeRequested><ActualObjectSize>1024</ActualObjectSize></Error>\n",
        statuses: &[416],
        findings: &[("missing-header:Content-Range", N), ("reason-legacy", N)],
    },
    Case {
        name: "416 with a satisfiable-looking Content-Range",
        paste: "HTTP/1.1 416 Range Not Satisfiable\nContent-Range: bytes 0-99/1024\nContent-Length: 0\n\n",
        statuses: &[416],
        findings: &[
            ("body-empty", N),
            ("date-missing:Date", W),
            ("content-range-416:Content-Range", W),
        ],
    },
    Case {
        name: "416 done right",
        paste: "HTTP/1.1 416 Range Not Satisfiable\nDate: Fri, 20 Jan 2012 15:41:54 GMT\nContent-Range: bytes */47022\n\n",
        statuses: &[416],
        findings: &[],
    },
    Case {
        name: "426 without Upgrade",
        paste: "HTTP/1.1 426 Upgrade Required\nContent-Type: text/plain\nContent-Length: 24\n\nUse TLS, please, or h2c\n",
        statuses: &[426],
        findings: &[
            ("date-missing:Date", W),
            ("missing-header:Upgrade", E),
            ("missing-header:Connection", E),
        ],
    },
    Case {
        name: "426 with Upgrade and Connection: Upgrade",
        paste: "HTTP/1.1 426 Upgrade Required\nUpgrade: HTTP/3.0\nConnection: Upgrade\nContent-Length: 0\n\n",
        statuses: &[426],
        findings: &[("body-empty", N), ("date-missing:Date", W)],
    },
    Case {
        name: "426 over HTTP/2: connection headers are not required there",
        paste: "HTTP/2 426\ncontent-length: 0\n\n",
        statuses: &[426],
        findings: &[("body-empty", N), ("date-missing:Date", W)],
    },
    Case {
        name: "429 from an API gateway: cached, bad Retry-After",
        paste: "HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nCache-Control: public, max-age=3600\nRetry-After: in a minute\n\n{\"message\":\"Too Many Requests\"}\n",
        statuses: &[429],
        findings: &[
            ("date-missing:Date", W),
            ("retry-after-syntax:Retry-After", E),
            ("cache-no-store:Cache-Control", W),
        ],
    },
    Case {
        name: "429 with an RFC 850 Retry-After date",
        paste: "HTTP/1.1 429 Too Many Requests\nRetry-After: Sunday, 06-Nov-94 08:49:37 GMT\nCache-Control: no-store\n\n",
        statuses: &[429],
        findings: &[("date-missing:Date", W), ("date-obsolete:Retry-After", E)],
    },
    Case {
        name: "429 without Retry-After",
        paste: "HTTP/1.1 429 Too Many Requests\nContent-Length: 0\n\n",
        statuses: &[429],
        findings: &[
            ("body-empty", N),
            ("date-missing:Date", W),
            ("missing-header:Retry-After", N),
        ],
    },
    Case {
        name: "429 with an Expires later than Date",
        paste: "HTTP/1.1 429 Too Many Requests\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nExpires: Wed, 25 Nov 2026 11:00:00 GMT\nRetry-After: 60\n\n",
        statuses: &[429],
        findings: &[("cache-no-store:Cache-Control", W)],
    },
    Case {
        name: "431 marked public",
        paste: "HTTP/1.1 431 Request Header Fields Too Large\nCache-Control: public\nContent-Length: 0\n\n",
        statuses: &[431],
        findings: &[
            ("body-empty", N),
            ("date-missing:Date", W),
            ("cache-no-store:Cache-Control", W),
        ],
    },
    Case {
        name: "nginx's 400 for a big cookie",
        paste: "HTTP/1.1 400 Bad Request\nServer: nginx\nContent-Type: text/html\nContent-Length: 208\nConnection: close\n\n<html>\n<head><title>400 Request Header Or Cookie Too Large</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<center>Request Header Or Cookie Too Large</center>\n<hr><center>nginx</center>\n</body>\n</html>\n",
        statuses: &[400],
        findings: &[("date-missing:Date", W), ("body-hint", N)],
    },
    Case {
        name: "GitHub-style 403 for a rate limit",
        paste: "HTTP/2 403 \ncontent-type: application/json; charset=utf-8\nx-ratelimit-remaining: 0\n\n{\"message\":\"API rate limit exceeded for 192.0.2.1.\"}\n",
        statuses: &[403],
        findings: &[("date-missing:Date", W), ("body-hint", N)],
    },
    Case {
        name: "404 whose body says the method is not allowed",
        paste: "HTTP/1.1 404 Not Found\nContent-Type: text/plain\nCache-Control: no-cache\n\nMethod Not Allowed\n",
        statuses: &[404],
        findings: &[("date-missing:Date", W), ("body-hint", N)],
    },
    Case {
        name: "Express 404 (Cannot GET)",
        paste: "HTTP/1.1 404 Not Found\nX-Powered-By: Express\nContent-Security-Policy: default-src 'none'\nX-Content-Type-Options: nosniff\nContent-Type: text/html; charset=utf-8\nContent-Length: 143\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nConnection: keep-alive\nKeep-Alive: timeout=5\n\n<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /nope</pre>\n</body>\n</html>\n",
        statuses: &[404],
        findings: &[("cache-heuristic:Cache-Control", N)],
    },
    Case {
        name: "Spring Boot's JSON 404 (not problem details, no finding)",
        paste: "HTTP/1.1 404 \nVary: Origin\nContent-Type: application/json\nTransfer-Encoding: chunked\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nCache-Control: no-cache, no-store, max-age=0, must-revalidate\n\n{\"timestamp\":\"2026-11-25T10:00:00.000+00:00\",\"status\":404,\"error\":\"Not Found\",\"path\":\"/api/x\"}\n",
        statuses: &[404],
        findings: &[],
    },
    Case {
        name: "Django-style JSON error sent as text/html",
        paste: "HTTP/1.1 404 Not Found\nContent-Type: text/html; charset=utf-8\nCache-Control: max-age=0\n\n{\"detail\": \"Not found.\"}\n",
        statuses: &[404],
        findings: &[("date-missing:Date", W), ("json-content-type:Content-Type", W)],
    },
    Case {
        name: "JSON body without Content-Type",
        paste: "HTTP/1.1 422 Unprocessable Entity\n\n{\"errors\":[{\"field\":\"email\"}]}\n",
        statuses: &[422],
        findings: &[
            ("date-missing:Date", W),
            ("json-content-type:Content-Type", W),
            ("reason-legacy", N),
        ],
    },
    Case {
        name: "Problem details done right (RFC 9457's example)",
        paste: "HTTP/1.1 403 Forbidden\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nContent-Type: application/problem+json\nContent-Language: en\n\n{\n \"type\": \"https://example.com/probs/out-of-credit\",\n \"title\": \"You do not have enough credit.\",\n \"detail\": \"Your current balance is 30, but that costs 50.\",\n \"instance\": \"/account/12345/msgs/abc\",\n \"balance\": 30,\n \"accounts\": [\"/account/12345\",\n              \"/account/67890\"]\n}\n",
        statuses: &[403],
        findings: &[],
    },
    Case {
        name: "Problem details whose status disagrees",
        paste: "HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{\"type\":\"/problems/validation\",\"title\":\"Invalid input\",\"status\":422}\n",
        statuses: &[400],
        findings: &[("date-missing:Date", W), ("problem-status-mismatch", E)],
    },
    Case {
        name: "Problem details that are not JSON",
        paste: "HTTP/1.1 500 Internal Server Error\nContent-Type: application/problem+json\n\n{type: 'about:blank', status: 500}\n",
        statuses: &[500],
        findings: &[("problem-json-invalid", E)],
    },
    Case {
        name: "Problem details as an array",
        paste: "HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n[{\"title\":\"Bad Request\"}]\n",
        statuses: &[400],
        findings: &[("date-missing:Date", W), ("problem-json-invalid", E)],
    },
    Case {
        name: "Problem details with a string status and a type that is no URI",
        paste: "HTTP/1.1 409 Conflict\nContent-Type: application/problem+json; charset=utf-8\n\n{\"type\":\"edit conflict\",\"title\":\"Edit conflict\",\"status\":\"409\"}\n",
        statuses: &[409],
        findings: &[
            ("date-missing:Date", W),
            ("problem-member-type", W),
            ("problem-type-uri", W),
        ],
    },
    Case {
        name: "Problem details with about:blank and another title (ASP.NET style)",
        paste: "HTTP/1.1 404 Not Found\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{\"type\":\"about:blank\",\"title\":\"Resource missing\",\"status\":404}\n",
        statuses: &[404],
        findings: &[("date-missing:Date", W), ("problem-title-blank", N)],
    },
    Case {
        name: "Problem details sent as application/json",
        paste: "HTTP/1.1 422 Unprocessable Content\nContent-Type: application/json\n\n{\"type\":\"https://example.net/validation-error\",\"title\":\"Your request is not valid.\",\"status\":422}\n",
        statuses: &[422],
        findings: &[("date-missing:Date", W), ("problem-media-type:Content-Type", N)],
    },
    Case {
        name: "451 without Link, heuristically cacheable",
        paste: "HTTP/1.1 451 Unavailable For Legal Reasons\nContent-Type: text/html\n\n<h1>Unavailable in your country</h1>\n",
        statuses: &[451],
        findings: &[
            ("date-missing:Date", W),
            ("missing-header:Link", W),
            ("cache-heuristic:Cache-Control", N),
        ],
    },
    Case {
        name: "451 with a Link of another rel",
        paste: "HTTP/1.1 451 Unavailable For Legal Reasons\nLink: <https://example.org/legal>; rel=\"help\"\nCache-Control: max-age=86400\n\n",
        statuses: &[451],
        findings: &[("date-missing:Date", W), ("header-token:Link", W)],
    },
    Case {
        name: "451 done right (RFC 7725's example)",
        paste: "HTTP/1.1 451 Unavailable For Legal Reasons\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nLink: <https://spqr.example.org/legislatione>; rel=\"blocked-by\"\nContent-Type: text/html\nCache-Control: max-age=3600\n\n<html><head><title>Unavailable For Legal Reasons</title></head></html>\n",
        statuses: &[451],
        findings: &[],
    },
    Case {
        name: "curl -L: 301 then 200, its page cut short in the paste",
        paste: "HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.com/\r\nContent-Length: 0\r\n\r\nHTTP/2 200 \r\ncontent-type: text/html\r\ncontent-length: 1256\r\n\r\n<!doctype html><title>Example</title>\r\n",
        statuses: &[301, 200],
        findings: &[("body-cut:Content-Length", N)],
    },
    Case {
        name: "curl -L -v: 302 then 404 over HTTP/2",
        paste: "> GET /old HTTP/2\n> Host: example.com\n>\n< HTTP/2 302 \n< location: /new\n< content-length: 0\n<\n* Issue another request to this URL: 'https://example.com/new'\n> GET /new HTTP/2\n> Host: example.com\n>\n< HTTP/2 404 \n< content-type: text/html\n< cache-control: max-age=60\n<\n<h1>Not here</h1>\n",
        statuses: &[302, 404],
        findings: &[("date-missing:Date", W)],
    },
    Case {
        name: "curl -iv prints the head twice; it is one response",
        paste: "> GET / HTTP/1.1\n> Host: example.com\n>\n< HTTP/1.1 404 Not Found\n< Content-Type: text/plain\n< Cache-Control: no-store\n<\nHTTP/1.1 404 Not Found\nContent-Type: text/plain\nCache-Control: no-store\n\nnothing\n",
        statuses: &[404],
        findings: &[("date-missing:Date", W)],
    },
    Case {
        name: "Chrome's Headers tab: summary, then name and value on separate lines",
        paste: "General\nRequest URL:\nhttps://example.com/api/items\nRequest Method:\nDELETE\nStatus Code:\n405 Method Not Allowed\nRemote Address:\n192.0.2.7:443\nReferrer Policy:\nstrict-origin-when-cross-origin\nResponse Headers\ncontent-length:\n0\ndate:\nWed, 25 Nov 2026 10:00:00 GMT\nserver:\nnginx\nRequest Headers\n:authority:\nexample.com\n:method:\nDELETE\naccept:\n*/*\n",
        statuses: &[405],
        findings: &[
            ("body-empty", N),
            ("missing-header:Allow", E),
            ("cache-heuristic:Cache-Control", N),
        ],
    },
    Case {
        name: "Chrome's Headers tab copied without colons, HTTP/2 names",
        paste: "Request URL\nhttps://example.com/old\nRequest Method\nGET\nStatus Code\n410 Gone\nRemote Address\n192.0.2.7:443\nReferrer Policy\nstrict-origin-when-cross-origin\n\nResponse Headers\ncontent-type\ntext/html\nlocation\nhttps://example.com/new\nserver\nnginx\ncache-control\nmax-age=600\n\nRequest Headers\naccept\ntext/html\n",
        statuses: &[410],
        findings: &[("date-missing:Date", N)],
    },
    Case {
        name: "curl -v: a JSON body without a final line break, curl's own line glued to it",
        paste: "> GET /api/users/7 HTTP/1.1\n> Host: localhost:5000\n>\n< HTTP/1.1 404 Not Found\n< Content-Type: application/problem+json; charset=utf-8\n< Cache-Control: no-store\n<\n{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.5\",\"title\":\"Not Found\",\"status\":404}* Connection #0 to host localhost left intact\n",
        statuses: &[404],
        findings: &[("date-missing:Date", W)],
    },
    Case {
        name: "curl -i in zsh: the % that marks a partial line",
        paste: "HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"name is required\"}%\n",
        statuses: &[400],
        findings: &[("date-missing:Date", W)],
    },
    Case {
        name: "curl -fv: curl's error line is not the body, nor a header",
        paste: "< HTTP/2 404 \n< content-length: 0\n< cache-control: no-store\n< server: Caddy\ncurl: (22) The requested URL returned error: 404\n",
        statuses: &[404],
        findings: &[("body-empty", N), ("date-missing:Date", W)],
    },
    Case {
        name: "Chrome's Headers tab: values with colons on their own lines",
        paste: "Request URL\nhttps://api.github.com/user\nRequest Method\nGET\nStatus Code\n404 Not Found\n\nResponse Headers\ncache-control\nno-store\ncontent-type\napplication/json; charset=utf-8\nx-github-request-id\nC3B1:2E4F6A:1A2B3C:1D2E3F:6740A1B2\nx-vercel-id:\nfra1::iad1::abc12-1732600000000-0123456789ab\n",
        statuses: &[404],
        findings: &[("date-missing:Date", N)],
    },
    Case {
        name: "404 with Cache-Control: private alone: a private cache still picks a lifetime",
        paste: "HTTP/1.1 404 Not Found\nCache-Control: private\nContent-Type: text/html\n\n<h1>Not Found</h1>\n",
        statuses: &[404],
        findings: &[("date-missing:Date", W), ("cache-heuristic:Cache-Control", N)],
    },
    Case {
        name: "A body pasted with its chunked framing (Burp, openssl s_client): the content is checked",
        paste: "HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json; charset=utf-8\r\nServer: Kestrel\r\nTransfer-Encoding: chunked\r\n\r\n4a\r\n{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\",\"status\":400,\r\n1c\r\n\"title\":\"Validation failed\"}\r\n0\r\n\r\n",
        statuses: &[400],
        findings: &[("date-missing:Date", W)],
    },
    Case {
        name: "DynamoDB's throttling sent as 400: the body points to 429",
        paste: "HTTP/1.1 400 Bad Request\nContent-Type: application/x-amz-json-1.0\nContent-Length: 126\n\n{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\",\"message\":\"Rate of requests exceeds the allowed throughput.\"}\n",
        statuses: &[400],
        findings: &[("date-missing:Date", W), ("body-hint", N)],
    },
    Case {
        name: "Firefox summary and a tab-separated header table",
        paste: "Status\t405 Method Not Allowed\nVersion\tHTTP/2\nTransferred\t312 B (0 B size)\n\nResponse Headers\ncontent-type\ttext/plain\nallow\tGET, HEAD\ncache-control\tno-store\nconnection\tkeep-alive\n",
        statuses: &[405],
        findings: &[("date-missing:Date", N), ("h2-connection-header:Connection", E)],
    },
    Case {
        name: "Chrome summary on one line each, then Response Headers",
        paste: "Request URL: https://example.com/login\nRequest Method: POST\nStatus Code: 401 Unauthorized\nRemote Address: 192.0.2.7:443\nReferrer Policy: strict-origin-when-cross-origin\n\nResponse Headers\ncontent-type: application/json\nwww-authenticate: Basic realm=\"login\"\n\nRequest Headers\naccept: application/json\n",
        statuses: &[401],
        findings: &[("date-missing:Date", N)],
    },
    Case {
        name: "HTTP/2 pseudo-header form from developer tools",
        paste: ":status: 429\ncontent-type: text/plain\ncache-control: max-age=30\nretry-after: 30\n",
        statuses: &[429],
        findings: &[("date-missing:Date", N), ("cache-no-store:Cache-Control", W)],
    },
    Case {
        name: "Firefox raw view of an HTTP/2 response",
        paste: "HTTP/2 410 \ndate: Wed, 25 Nov 2026 10:00:00 GMT\ncontent-type: text/html\nserver: cloudflare\ncf-ray: 8e8e8e8e8e8e8e8e-FRA\n",
        statuses: &[410],
        findings: &[("cache-heuristic:Cache-Control", N)],
    },
    Case {
        name: "HTTP/3 with a connection header",
        paste: "HTTP/3 404\ncontent-type: text/plain\nconnection: keep-alive\ncache-control: no-store\n",
        statuses: &[404],
        findings: &[("date-missing:Date", W), ("h3-connection-header:Connection", E)],
    },
    Case {
        name: "HTTP/1.0 without reason phrase, wget -S",
        paste: "--2026-11-25 10:00:00--  http://old.example/x\nResolving old.example... 192.0.2.9\nHTTP request sent, awaiting response... \n  HTTP/1.0 404\n  Server: BaseHTTP/0.6 Python/3.11\n  Content-Type: text/html\n  Cache-Control: no-cache\n2026-11-25 10:00:00 ERROR 404: Not Found.\n",
        statuses: &[404],
        findings: &[("date-missing:Date", W)],
    },
    Case {
        name: "HTTPie colours left in",
        paste: "\u{1b}[34mHTTP\u{1b}[39m/\u{1b}[34m1.1\u{1b}[39m \u{1b}[34m404\u{1b}[39m \u{1b}[36mNot Found\u{1b}[39m\n\u{1b}[36mCache-Control\u{1b}[39m: no-store\n",
        statuses: &[404],
        findings: &[("date-missing:Date", W)],
    },
    Case {
        name: "Folded header (obs-fold)",
        paste: "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Digest realm=\"x\",\n  nonce=\"abc\"\nContent-Length: 0\n\n",
        statuses: &[401],
        findings: &[("body-empty", N), ("date-missing:Date", W), ("obs-fold", W)],
    },
    Case {
        name: "Whitespace before the colon, and a line that is no header",
        paste: "HTTP/1.1 403 Forbidden\nContent-Type : text/plain\nthis is not a header\n\n",
        statuses: &[403],
        findings: &[
            ("date-missing:Date", W),
            ("space-before-colon", W),
            ("header-malformed", W),
        ],
    },
    Case {
        name: "Two different Content-Length values",
        paste: "HTTP/1.1 400 Bad Request\nContent-Length: 10\nContent-Length: 12\nContent-Type: text/plain\n\nbad input\n",
        statuses: &[400],
        findings: &[("date-missing:Date", W), ("content-length-conflict:Content-Length", E)],
    },
    Case {
        name: "The same Content-Type twice",
        paste: "HTTP/1.1 409 Conflict\nContent-Type: text/plain\nContent-Type: text/plain\n\nconflict\n",
        statuses: &[409],
        findings: &[("date-missing:Date", W), ("duplicate-header:Content-Type", E)],
    },
    Case {
        // Elasticsearch before 8.15 wrote its Basic challenge without the comma before
        // charset (elastic/elasticsearch#110906); the other two challenges are fine.
        name: "A challenge whose parameters lack a comma",
        paste: "HTTP/1.1 401 Unauthorized\nDate: Tue, 14 May 2024 11:02:11 GMT\nWWW-Authenticate: Basic realm=\"security\" charset=\"UTF-8\"\nWWW-Authenticate: Bearer realm=\"security\"\nWWW-Authenticate: ApiKey\ncontent-type: application/json\ncontent-length: 28\n\n{\"error\":\"missing authent\"}",
        statuses: &[401],
        findings: &[("challenge-syntax:WWW-Authenticate", E)],
    },
    Case {
        // A handler that set Content-Length to the string's length in characters (Vert.x's
        // body.length(), JavaScript's .length): 113 characters, 124 bytes in UTF-8.
        name: "Content-Length counts characters, not bytes",
        paste: "HTTP/1.1 400 Bad Request\r\nDate: Tue, 14 May 2024 10:02:44 GMT\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: 113\r\n\r\n{\"error\":\"Ungültige Eingabe\",\"details\":[\"Feld „straße“ darf nicht leer sein\",\"Postleitzahl „1234“ ist ungültig\"]}",
        statuses: &[400],
        findings: &[("content-length-chars:Content-Length", E)],
    },
    Case {
        // The same body with its length in bytes, pasted with its CRs lost and a newline
        // added: nothing to say.
        name: "Content-Length in bytes of a non-ASCII body",
        paste: "HTTP/1.1 400 Bad Request\nDate: Tue, 14 May 2024 10:02:44 GMT\ncontent-type: text/plain; charset=utf-8\ncontent-length: 20\n\nUngültige\r\nEingabe\n",
        statuses: &[400],
        findings: &[],
    },
    Case {
        // PHP's built-in server (php -S) echoes the request's Host into its responses.
        name: "Host in a response",
        paste: "HTTP/1.1 404 Not Found\nHost: localhost:8000\nDate: Tue, 14 May 2024 10:02:44 GMT\nConnection: close\nContent-Type: text/html; charset=UTF-8\nContent-Length: 9\n\nNot found",
        statuses: &[404],
        findings: &[("host-in-response", N), ("cache-heuristic:Cache-Control", N)],
    },
    Case {
        // Rails answers 404 when no route takes the method (ActionController::RoutingError).
        name: "A DELETE from a curl command line gets 404",
        paste: "$ curl -i -X DELETE -H 'Accept: application/json' http://localhost:3000/api/v1/projects/42/archive\nHTTP/1.1 404 Not Found\ncontent-type: application/json; charset=utf-8\nDate: Tue, 14 May 2024 10:02:44 GMT\nCache-Control: no-store\nContent-Length: 34\n\n{\"status\":404,\"error\":\"Not Found\"}",
        statuses: &[404],
        findings: &[("method-hint", N)],
    },
    Case {
        name: "A PUT in curl -v's request lines gets 404 over HTTP/2",
        paste: "> PUT /v1/items/9 HTTP/2\n> Host: api.example.com\n> content-type: application/json\n>\n< HTTP/2 404 \n< date: Tue, 14 May 2024 10:02:44 GMT\n< cache-control: no-store\n< content-length: 0\n<\n",
        statuses: &[404],
        findings: &[("body-empty", N), ("method-hint", N)],
    },
    Case {
        // Express (finalhandler) names the method in its page; a GET's 404 says nothing more.
        name: "Express's Cannot POST page, and a GET's 404 from the same server",
        paste: "HTTP/1.1 404 Not Found\nContent-Security-Policy: default-src 'none'\nX-Content-Type-Options: nosniff\nContent-Type: text/html; charset=utf-8\nContent-Length: 147\nDate: Tue, 14 May 2024 10:02:44 GMT\nCache-Control: no-store\n\n<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot POST /login</pre>\n</body>\n</html>\n\n$ curl -i http://localhost:3000/nothing\nHTTP/1.1 404 Not Found\nContent-Type: text/html; charset=utf-8\nContent-Length: 146\nDate: Tue, 14 May 2024 10:02:44 GMT\nCache-Control: no-store\n\n<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /nothing</pre>\n</body>\n</html>\n",
        statuses: &[404, 404],
        findings: &[("method-hint", N)],
    },
    Case {
        // HTTPie sends POST when the command has data items; the 404 came with the method
        // in its request line as well.
        // A HEAD's response has no content by definition: nothing to explain there.
        name: "HTTPie: a POST with data items gets 404; a HEAD from curl -I gets nothing",
        paste: "$ http :8000/api/orders item=42\nHTTP/1.1 404 Not Found\nContent-Type: application/json\nDate: Tue, 14 May 2024 10:02:44 GMT\nCache-Control: no-store\nContent-Length: 22\n\n{\"detail\":\"Not Found\"}\n\n$ curl -I http://localhost:8000/missing\nHTTP/1.1 404 Not Found\nDate: Tue, 14 May 2024 10:02:44 GMT\nCache-Control: no-store\nContent-Length: 0\n\n",
        statuses: &[404, 404],
        findings: &[("method-hint", N)],
    },
    Case {
        // A terminal's scrollback kept only the start of the body: its JSON is not
        // invalid, it is missing, and nothing else is judged from it.
        name: "Problem details cut short in the paste",
        paste: "HTTP/1.1 400 Bad Request\nDate: Tue, 14 May 2024 10:02:44 GMT\nContent-Type: application/problem+json\nContent-Length: 412\n\n{\"type\":\"https://example.com/probs/validation\",\"title\":\"Your request parameters didn't validate.\",\"status\":400,\"invalid-params\":[{\"name\":\"age\",\"reason\":\"must be a positive integer\"},{\"name\":\"co",
        statuses: &[400],
        findings: &[("body-cut:Content-Length", N)],
    },
    Case {
        // hapi's default 413 message with a Retry-After added by an onPreResponse hook.
        name: "A 413 for a size limit with Retry-After",
        paste: "HTTP/1.1 100 Continue\n\nHTTP/1.1 413 Payload Too Large\nretry-after: 3600\ncontent-type: application/json; charset=utf-8\ncache-control: no-cache\ncontent-length: 90\nDate: Tue, 04 Nov 2025 07:58:14 GMT\n\n{\"status\":\"fail\",\"message\":\"Payload content length greater than maximum allowed: 1000000\"}",
        statuses: &[100, 413],
        findings: &[("retry-after-413:Retry-After", N), ("reason-legacy", N)],
    },
    Case {
        // Apache's mod_dav sends its canned HTML page for a PUT to a locked file.
        name: "423 with an HTML page instead of a WebDAV condition",
        paste: "HTTP/1.1 423 Locked\nDate: Tue, 14 May 2024 10:02:44 GMT\nServer: Apache/2.4.71 (Debian)\nContent-Length: 72\nContent-Type: text/html; charset=iso-8859-1\n\n<html><body><h1>Locked</h1><p>The resource is locked.</p></body></html>\n",
        statuses: &[423],
        findings: &[("locked-condition", W)],
    },
    Case {
        name: "423 with the lock-token-submitted condition",
        paste: "HTTP/1.1 423 Locked\nDate: Tue, 14 May 2024 10:02:44 GMT\nContent-Type: application/xml; charset=\"utf-8\"\n\n<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<D:error xmlns:D=\"DAV:\">\n  <D:lock-token-submitted>\n    <D:href>/workspace/webdav/</D:href>\n  </D:lock-token-submitted>\n</D:error>\n",
        statuses: &[423],
        findings: &[],
    },
    Case {
        // Tornado: the handler's add_header appends a second Content-Type to the default.
        name: "Two Content-Types on a JSON body: the duplicate is the finding",
        paste: "HTTP/1.1 409 Conflict\nServer: TornadoServer/6.6.1\nContent-Type: text/html; charset=UTF-8\nDate: Tue, 14 May 2024 10:02:44 GMT\nContent-Type: application/problem+json\nContent-Length: 47\n\n{\"title\": \"Conflict\", \"detail\": \"Version is 7\"}",
        statuses: &[409],
        findings: &[("duplicate-header:Content-Type", E)],
    },
    Case {
        // Sanic answers an oversized header with 413 and says so in the body.
        name: "413 whose body speaks of a header",
        paste: "HTTP/1.1 413 Request Entity Too Large\ncontent-length: 53\nconnection: close\ncontent-type: text/plain; charset=utf-8\nDate: Tue, 14 May 2024 10:02:44 GMT\n\n⚠️ 413 — Request header exceeds the size limit\n",
        statuses: &[413],
        findings: &[
            ("body-hint", N),
            ("reason-legacy", N),
            ("missing-header:Retry-After", N),
        ],
    },
    Case {
        name: "Content-Length with Transfer-Encoding",
        paste: "HTTP/1.1 400 Bad Request\nTransfer-Encoding: chunked\nContent-Length: 5\nContent-Type: text/plain\n\n5\nhello\n0\n",
        statuses: &[400],
        findings: &[
            ("date-missing:Date", W),
            ("content-length-with-transfer-encoding:Content-Length", E),
        ],
    },
    Case {
        name: "Obsolete asctime Date and body without Content-Type",
        paste: "HTTP/1.1 403 Forbidden\nDate: Sun Nov  6 08:49:37 1994\n\nForbidden\n",
        statuses: &[403],
        findings: &[("date-obsolete:Date", E), ("content-type-missing:Content-Type", N)],
    },
    Case {
        name: "An unregistered 4xx (nginx 499)",
        paste: "HTTP/1.1 499 Client Closed Request\nContent-Length: 0\n\n",
        statuses: &[499],
        findings: &[("body-empty", N), ("date-missing:Date", W), ("status-unregistered", N)],
    },
    Case {
        name: "Status outside 100-599",
        paste: "HTTP/1.1 600 Custom\nContent-Length: 0\n\n",
        statuses: &[600],
        findings: &[("status-invalid", E)],
    },
    Case {
        name: "Status of four digits",
        paste: "HTTP/1.1 4040 Not Found\nContent-Length: 0\n\n",
        statuses: &[],
        findings: &[("status-invalid", E)],
    },
    Case {
        name: "503 from a load balancer without Retry-After",
        paste: "HTTP/1.1 503 Service Unavailable\nContent-Type: text/html\nContent-Length: 20\n\n<h1>Maintenance</h1>\n",
        statuses: &[503],
        findings: &[("missing-header:Retry-After", N)],
    },
    Case {
        name: "503 with Retry-After, rate limit in the body",
        paste: "HTTP/1.1 503 Service Unavailable\nRetry-After: 120\nContent-Type: text/plain\n\nRate limit exceeded, slow down.\n",
        statuses: &[503],
        findings: &[("body-hint", N)],
    },
    Case {
        name: "200 OK is no error",
        paste: "HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 2\n\nok\n",
        statuses: &[200],
        findings: &[],
    },
    Case {
        name: "Cloudflare 403 block page over HTTP/2",
        paste: "HTTP/2 403 \ndate: Wed, 25 Nov 2026 10:00:00 GMT\ncontent-type: text/html; charset=UTF-8\ncache-control: private, max-age=0, no-store, no-cache, must-revalidate\nserver: cloudflare\ncf-ray: 8e8e8e8e8e8e8e8e-FRA\n\n<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body>Sorry, you have been blocked</body></html>\n",
        statuses: &[403],
        findings: &[],
    },
];

fn found(report: &check::Report) -> Vec<(String, Severity)> {
    let mut all: Vec<(String, Severity)> = report
        .responses
        .iter()
        .flat_map(|r| r.findings.iter().map(|f| (f.key(), f.severity)))
        .collect();
    all.sort();
    all
}

#[test]
fn the_corpus_gets_exactly_the_findings_the_rfcs_call_for() {
    assert!(CASES.len() >= 40, "the corpus keeps at least 40 responses");
    let mut failures = Vec::new();
    for case in CASES {
        let report = check::check(case.paste);
        let statuses: Vec<u16> = report.responses.iter().filter_map(|r| r.response.status).collect();
        let mut expected: Vec<(String, Severity)> = case.findings.iter().map(|(k, s)| ((*k).to_owned(), *s)).collect();
        expected.sort();
        let got = found(&report);
        if statuses != case.statuses || got != expected {
            failures.push(format!(
                "{}:\n  statuses {statuses:?}, expected {:?}\n  findings {got:?}\n  expected {expected:?}",
                case.name, case.statuses
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_finding_cites_an_rfc_section_and_says_what_to_do() {
    for case in CASES {
        for response in check::check(case.paste).responses {
            for f in response.findings {
                assert!(
                    f.citation.url().starts_with("https://www.rfc-editor.org/rfc/rfc"),
                    "{}",
                    f.key()
                );
                assert!(
                    f.citation.quote.len() > 20 && !f.title.is_empty() && !f.fix.is_empty(),
                    "{}",
                    f.key()
                );
            }
        }
    }
}

#[test]
fn every_rule_of_the_checker_is_exercised_by_the_corpus() {
    let keys: Vec<String> = CASES
        .iter()
        .flat_map(|c| c.findings.iter().map(|(k, _)| k.split(':').next().unwrap().to_owned()))
        .collect();
    let rules = [
        "status-invalid",
        "status-unregistered",
        "reason-legacy",
        "reason-differs",
        "missing-header",
        "header-token",
        "retry-after-syntax",
        "date-obsolete",
        "allow-syntax",
        "content-range-416",
        "challenge-missing",
        "challenge-syntax",
        "host-in-response",
        "method-hint",
        "retry-after-413",
        "body-empty",
        "locked-condition",
        "content-length-chars",
        "body-cut",
        "cache-heuristic",
        "cache-no-store",
        "problem-json-invalid",
        "problem-status-mismatch",
        "problem-member-type",
        "problem-type-uri",
        "problem-title-blank",
        "problem-media-type",
        "json-content-type",
        "content-type-missing",
        "body-hint",
        "duplicate-header",
        "content-length-conflict",
        "content-length-with-transfer-encoding",
        "obs-fold",
        "space-before-colon",
        "header-malformed",
        "h2-connection-header",
        "h3-connection-header",
    ];
    for rule in rules {
        assert!(keys.iter().any(|k| k == rule), "no case exercises {rule}");
    }
}

#[test]
fn the_paste_forms_are_recognised() {
    let form = |paste: &str| {
        check::check(paste)
            .responses
            .first()
            .map(|r| (r.response.form, r.response.version))
    };
    assert_eq!(
        form("HTTP/1.1 404 Not Found\r\n\r\n"),
        Some((Form::StatusLine, Version::Http11))
    );
    assert_eq!(form("HTTP/1.0 404\n"), Some((Form::StatusLine, Version::Http10)));
    assert_eq!(form("HTTP/2.0 404\n"), Some((Form::StatusLine, Version::Http2)));
    assert_eq!(form("HTTP/3 404\n"), Some((Form::StatusLine, Version::Http3)));
    assert_eq!(
        form("< HTTP/2 404 \n< a: b\n"),
        Some((Form::CurlVerbose, Version::Http2))
    );
    assert_eq!(form(":status: 404\n"), Some((Form::PseudoHeader, Version::Http2)));
    assert_eq!(
        form("Status Code: 404 Not Found\n"),
        Some((Form::Summary, Version::Unknown))
    );
    // Firefox's summary names the version.
    assert_eq!(
        form("Status\t404 Not Found\nVersion\tHTTP/2\n"),
        Some((Form::Summary, Version::Http2))
    );
}

#[test]
fn the_status_is_placed_in_the_guide_or_its_class() {
    let kind = |paste: &str| check::check(paste).responses[0].kind;
    assert!(matches!(kind("HTTP/1.1 429 x\n"), StatusKind::Guide(s) if s.code == 429));
    assert_eq!(kind("HTTP/1.1 499\n"), StatusKind::Unregistered4xx);
    assert!(matches!(kind("HTTP/1.1 302 Found\n"), StatusKind::OtherClass(_)));
    assert!(matches!(kind("HTTP/1.1 502 Bad Gateway\n"), StatusKind::OtherClass(_)));
    assert_eq!(kind("HTTP/1.1 99 x\n"), StatusKind::Invalid);
}

#[test]
fn bodies_and_headers_are_read_as_written() {
    let report = check::check("HTTP/1.1 404 Not Found\r\nX-A: 1\r\nx-b:2\r\n\r\nline one\r\n\r\nline three\r\n");
    let r = &report.responses[0].response;
    assert_eq!(r.reason.as_deref(), Some("Not Found"));
    assert_eq!(r.get("x-a"), Some("1"));
    assert_eq!(r.get("X-B"), Some("2"));
    assert_eq!(r.body, "line one\n\nline three");
}

#[test]
fn pasted_values_and_cut_bodies_are_read_as_sent() {
    let devtools = check::check(
        "Status Code\n404 Not Found\n\nResponse Headers\nx-github-request-id\nC3B1:2E4F6A:1A2B3C\nx-vercel-id:\nfra1::iad1::abc\n",
    );
    let r = &devtools.responses[0].response;
    assert_eq!(r.get("x-github-request-id"), Some("C3B1:2E4F6A:1A2B3C"));
    assert_eq!(r.get("x-vercel-id"), Some("fra1::iad1::abc"));
    assert_eq!(r.headers.len(), 2, "{:?}", r.headers);
    let glued = check::check(
        "HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{\"a\":1}* Connection #0 to host x left intact\n",
    );
    assert_eq!(glued.responses[0].response.body, "{\"a\":1}");
    // A % inside a body stays.
    let percent = check::check("HTTP/1.1 404 Not Found\nContent-Type: text/plain\n\n100%\n");
    assert_eq!(percent.responses[0].response.body, "100%");
    // A problem+json body cut with the paste is not called invalid JSON.
    let mut paste = String::from(
        "HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{\"errors\":[",
    );
    while paste.len() < check::MAX_INPUT_BYTES + 1000 {
        paste.push_str("\"field is required\",\n");
    }
    let cut = check::check(&paste);
    assert!(matches!(cut.notices.as_slice(), [Notice::Truncated { .. }]));
    assert!(
        found(&cut).iter().all(|(key, _)| key != "problem-json-invalid"),
        "{:?}",
        found(&cut)
    );
    // A body that says "not signed in" under a 403 points to 401, and to its challenge.
    let hint = check::check(
        "HTTP/1.1 403 Forbidden\nContent-Type: application/json\nCache-Control: no-store\n\n{\"detail\":\"Authentication credentials were not provided.\"}\n",
    );
    let fix = hint.responses[0]
        .findings
        .iter()
        .find(|f| f.rule == "body-hint")
        .map(|f| f.fix.clone());
    assert!(
        fix.as_deref()
            .is_some_and(|f| f.contains("401 with a WWW-Authenticate challenge")),
        "{fix:?}"
    );
}

#[test]
fn bad_input_gets_a_clear_answer() {
    let notices = |paste: &str| check::check(paste).notices;
    assert_eq!(notices(""), vec![Notice::Empty]);
    assert_eq!(notices("  \n\t\n"), vec![Notice::Empty]);
    assert_eq!(notices("hello, is this the 404 page?"), vec![Notice::NotHttp]);
    assert_eq!(
        notices("GET /x HTTP/1.1\nHost: example.com\n\n"),
        vec![Notice::RequestOnly]
    );
    assert_eq!(
        notices("content-type: text/html\nserver: nginx\n"),
        vec![Notice::HeadersWithoutStatus]
    );
    assert_eq!(
        notices("\u{0}\u{1}\u{2}PNG\u{0}\u{0}"),
        vec![Notice::Binary, Notice::NotHttp]
    );
    let binary_body = check::check("HTTP/1.1 404 Not Found\nContent-Type: image/png\n\n\u{89}PNG\u{0}\u{0}\u{1a}\n");
    assert_eq!(binary_body.notices, vec![Notice::Binary]);
    assert_eq!(binary_body.responses.len(), 1);
    for notice in [
        Notice::Empty,
        Notice::NotHttp,
        Notice::RequestOnly,
        Notice::HeadersWithoutStatus,
        Notice::Binary,
    ] {
        assert!(notice.message().len() > 40);
    }
}

#[test]
fn a_megabyte_paste_is_cut_and_says_so() {
    let mut paste = String::from(
        "HTTP/1.1 404 Not Found\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nContent-Type: text/plain\nCache-Control: no-store\n\n",
    );
    while paste.len() < 1024 * 1024 {
        paste.push_str("filler line of a very long body é\n");
    }
    let start = Instant::now();
    let report = check::check(&paste);
    assert!(start.elapsed() < Duration::from_secs(2));
    assert!(matches!(
        report.notices.as_slice(),
        [Notice::Truncated { total_bytes, read_bytes }] if *total_bytes == paste.len() && *read_bytes <= check::MAX_INPUT_BYTES
    ));
    assert_eq!(report.responses.len(), 1);
    assert!(report.responses[0].findings.is_empty());
}

#[test]
fn many_responses_and_many_headers_stay_bounded() {
    let paste = "HTTP/1.1 404 Not Found\nCache-Control: no-store\n\n".repeat(2000);
    let report = check::check(&paste);
    assert!(report.responses.len() <= 50);
    assert!(report.notices.contains(&Notice::TooManyResponses {
        checked: report.responses.len()
    }));
    let headers = format!("HTTP/1.1 404 Not Found\n{}", "X-A: b\n".repeat(9000));
    assert!(check::check(&headers).responses[0].response.headers.len() <= 300);
}

#[test]
fn a_shared_link_restores_the_paste() {
    for case in CASES {
        let hash = fragment::to_hash(case.paste);
        assert!(hash.starts_with("#r="));
        let restored = fragment::from_hash(&hash).unwrap().unwrap();
        assert_eq!(restored, case.paste, "{}", case.name);
        assert_eq!(check::check(&restored), check::check(case.paste));
    }
}

#[test]
fn links_are_shorter_than_the_paste() {
    let total: usize = CASES.iter().map(|c| c.paste.len()).sum();
    let encoded: usize = CASES.iter().map(|c| fragment::encode(c.paste).len()).sum();
    // base64 alone makes text 4/3 longer; the compression must more than win that back.
    assert!(encoded * 10 < total * 9, "{encoded} vs {total}");
}

#[test]
fn damaged_links_are_errors() {
    let paste = "HTTP/1.1 404 Not Found\n\nbody";
    let good = fragment::encode(paste);
    // A link cut anywhere either fails or yields a prefix of the paste, never anything else.
    for end in 0..good.len() {
        if let Ok(text) = fragment::decode(&good[..end]) {
            assert!(paste.starts_with(&text), "{end}: {text:?}");
        }
    }
    assert_eq!(fragment::decode("!!!!"), Err(FragmentError::NotBase64));
    assert_eq!(fragment::decode("AAAA"), Err(FragmentError::UnknownVersion));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn any_text_gets_an_answer_quickly(input in ".{0,2000}") {
        let start = Instant::now();
        let report = check::check(&input);
        prop_assert!(start.elapsed() < Duration::from_secs(1));
        prop_assert!(!report.responses.is_empty() || !report.notices.is_empty());
    }

    #[test]
    fn any_bytes_get_an_answer(input in proptest::collection::vec(any::<u8>(), 0..4000)) {
        let report = check::check_bytes(&input);
        prop_assert!(!report.responses.is_empty() || !report.notices.is_empty());
    }

    #[test]
    fn http_shaped_text_never_panics(
        status in "[0-9]{1,4}",
        version in "(1\\.0|1\\.1|2|2\\.0|3|9\\.9)",
        lines in proptest::collection::vec("(< |> |\\* |:status: |Status Code: |)[A-Za-z:\\- ]{0,20}(: )?[ -~]{0,30}", 0..30),
        body in "[{}\\[\\]\",:0-9a-z ]{0,200}",
    ) {
        let paste = format!("HTTP/{version} {status} X\n{}\n\n{body}", lines.join("\n"));
        let report = check::check(&paste);
        prop_assert!(!report.responses.is_empty() || !report.notices.is_empty());
    }

    #[test]
    fn unicode_whitespace_and_indentation_never_split_a_character(
        indent in "[ \t]{0,3}",
        lines in proptest::collection::vec("[ \t\u{3000}\u{a0}\u{2003}]{0,3}[A-Za-z-]{1,8}: ?[ -~é]{0,10}", 0..10),
    ) {
        let paste = format!("{indent}HTTP/1.1 404 Not Found\n{}\n", lines.join("\n"));
        let report = check::check(&paste);
        prop_assert_eq!(report.responses.len(), 1);
    }

    #[test]
    fn fragments_round_trip(input in ".{0,3000}") {
        let encoded = fragment::encode(&input);
        prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        prop_assert_eq!(fragment::decode(&encoded), Ok(input));
    }

    #[test]
    fn any_fragment_decodes_or_fails_cleanly(input in "[A-Za-z0-9_=!-]{0,400}") {
        let _ = fragment::decode(&input);
    }

    #[test]
    fn corrupted_fragments_fail_cleanly(input in ".{1,500}", flip in any::<prop::sample::Index>(), to in "[A-Za-z0-9_-]") {
        let mut encoded = fragment::encode(&input).into_bytes();
        let at = flip.index(encoded.len());
        encoded[at] = to.as_bytes()[0];
        let _ = fragment::decode(std::str::from_utf8(&encoded).unwrap());
    }
}

#[cfg(feature = "ssr")]
#[test]
fn the_prerendered_page_is_an_empty_checker_with_examples_to_try() {
    let html = fourxx_guide::render::render_app("/check/").replace("<!>", "");
    assert!(html.contains("<h1>Check a response</h1>"));
    assert!(html.contains(r#"<label for="paste">"#) && html.contains(r#"<textarea id="paste""#));
    assert!(html.contains("never send to a server"));
    let links: Vec<&str> = html
        .split(r#"href="/check/#r="#)
        .skip(1)
        .map(|s| s.split('"').next().unwrap())
        .collect();
    assert_eq!(links.len(), check::EXAMPLES.len());
    for (link, example) in links.iter().zip(check::EXAMPLES) {
        let paste = fragment::decode(link).expect("an example link decodes");
        assert_eq!(paste, example.paste);
        let report = check::check(&paste);
        assert!(report.notices.is_empty(), "{}", example.label);
        assert!(
            report.responses.iter().any(|r| !r.findings.is_empty()),
            "every example shows something: {}",
            example.label
        );
    }
}

#[test]
fn a_whole_page_is_not_read_for_hints_but_a_short_error_body_is() {
    let page = format!(
        "HTTP/1.1 404 Not Found\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nContent-Type: text/html\nCache-Control: no-store\n\n<nav>Docs · Rate limit · Pricing</nav>{}",
        "<p>Lorem ipsum dolor sit amet.</p>\n".repeat(200)
    );
    assert!(check::check(&page).responses[0].findings.is_empty());
    let short = "HTTP/1.1 404 Not Found\nDate: Wed, 25 Nov 2026 10:00:00 GMT\nContent-Type: text/html\nCache-Control: no-store\n\n<p>Rate limit reached</p>\n";
    let keys: Vec<String> = check::check(short).responses[0]
        .findings
        .iter()
        .map(|f| f.key())
        .collect();
    assert_eq!(keys, ["body-hint"]);
}

#[test]
fn an_error_message_that_names_a_status_leads_to_it() {
    for (text, code) in [
        (
            "Unhandled exception. System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
            429,
        ),
        ("urllib.error.HTTPError: HTTP Error 404: Not Found", 404),
        (
            "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.example.com/x",
            403,
        ),
        ("GET https://api.example.com/users/7 401 (Unauthorized)", 401),
        ("AxiosError: Request failed with status code 422", 422),
        (
            "java.io.IOException: Server returned HTTP response code: 405 for URL: http://x/y",
            405,
        ),
        (
            "Invoke-WebRequest : The remote server returned an error: (407) Proxy Authentication Required.",
            407,
        ),
    ] {
        let report = check::check(text);
        assert!(report.responses.is_empty(), "{text}");
        assert!(
            matches!(report.notices.as_slice(), [Notice::NamedStatus { code: c }] if *c == code),
            "{text}: {:?}",
            report.notices
        );
    }
    // Numbers that are not a status, and 5xx, which the guide does not cover: the usual answer.
    for text in [
        "Error 404 lines were found in 4096 bytes",
        "order 412 shipped",
        "Response status code does not indicate success: 503 (Service Unavailable).",
    ] {
        assert!(
            matches!(check::check(text).notices.as_slice(), [Notice::NotHttp]),
            "{text}"
        );
    }
}

#[test]
fn headers_without_a_status_get_the_checks_that_need_none() {
    // Chromium's "Copy response headers" of an HTTP/2 response: no status line.
    let report = check::check(
        "access-control-allow-origin: *\ncontent-type: application/json\ncontent-type: text/plain; charset=utf-8\ndate: Tue, 28 Oct 2025 09:30:07 GMT\nretry-after: 1.5\nwww-authenticate: Bearer realm=\"api\" error=\"invalid_token\"\nx-cache: Error from cloudfront\n",
    );
    assert!(report.notices.contains(&Notice::HeadersWithoutStatus));
    let [checked] = report.responses.as_slice() else {
        panic!("one response: {report:?}")
    };
    assert_eq!(checked.kind, StatusKind::Unknown);
    assert_eq!(checked.response.headers.len(), 7);
    let keys: Vec<String> = checked.findings.iter().map(|f| f.key()).collect();
    assert_eq!(
        keys,
        [
            "duplicate-header:Content-Type",
            "retry-after-syntax:Retry-After",
            "challenge-syntax:WWW-Authenticate"
        ]
    );
    // Nothing that needs the status: no missing Date, no caching, no required headers.
    assert!(checked.findings.iter().all(|f| f.severity == Severity::Error));
    // A console's "file:line" prefixes are not headers.
    let console = check::check(
        "dashboard:1 Access to fetch at 'https://a.example/v1' has been blocked by CORS policy.\napi-client.ts:41 \n  GET https://a.example/v1 net::ERR_FAILED 200 (OK)\n",
    );
    assert!(console.responses.is_empty(), "{console:?}");
    assert_eq!(console.notices, [Notice::CorsError { code: None }]);
    // One line with a colon is not a header block.
    let prose = check::check("Note: the server said no.\n");
    assert!(prose.responses.is_empty());
    assert!(prose.notices.contains(&Notice::NotHttp), "{:?}", prose.notices);
}

#[test]
fn a_browsers_cors_error_is_named_with_the_status_behind_it() {
    // Chromium's console: the CORS message, then the request's line with its status.
    let chromium = check::check(
        "Access to fetch at 'https://api.example/me' from origin 'https://app.example' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.\nGET https://api.example/me net::ERR_FAILED 401 (Unauthorized)\n",
    );
    assert_eq!(chromium.notices, [Notice::CorsError { code: Some(401) }]);
    assert!(chromium.notices[0].message().contains("answered 401"));
    // Firefox's console names the status after "Status code:".
    let firefox = check::check(
        "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://api.example/me. (Reason: CORS header \u{2018}Access-Control-Allow-Origin\u{2019} missing). Status code: 404.\n",
    );
    assert_eq!(firefox.notices, [Notice::CorsError { code: Some(404) }]);
}
