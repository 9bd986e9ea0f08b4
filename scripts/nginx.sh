#!/usr/bin/env bash
# Serves a built site with Debian's nginx and deploy/nginx.conf, exactly as deployed but
# on a loopback port, in the foreground (the tests start and stop it).
# Usage: scripts/nginx.sh [DIST] [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
dist=$(realpath "${1:-dist}")
port=${2:-8081}
command -v nginx >/dev/null || { echo "nginx is missing: run scripts/setup.sh --browser" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The deployed config with only its address and folder changed; fail if either is not
# where this script expects it, rather than test a config that differs silently.
sed -e "s|^    listen 80;|    listen 127.0.0.1:$port;|" \
    -e "/^    listen \[::\]:80;/d" \
    -e "s|^    root /var/www/4xx-guide;|    root $dist;|" \
    deploy/nginx.conf > "$tmp/site.conf"
grep -q "listen 127.0.0.1:$port;" "$tmp/site.conf" && grep -q "root $dist;" "$tmp/site.conf" \
  || { echo "deploy/nginx.conf no longer has 'listen 80;' and 'root /var/www/4xx-guide;'" >&2; exit 1; }

user=""; [ "$(id -u)" -eq 0 ] && user="user root;"
cat > "$tmp/nginx.conf" <<CONF
$user
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/error.log warn;
events { worker_connections 128; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $tmp/body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
    include $tmp/site.conf;
}
CONF
nginx -p "$tmp" -c "$tmp/nginx.conf" -t -q
echo "nginx serving $dist at http://127.0.0.1:$port/"
nginx -p "$tmp" -c "$tmp/nginx.conf" -g 'daemon off;' &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
wait $pid
