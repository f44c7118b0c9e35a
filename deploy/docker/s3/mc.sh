#!/usr/bin/env bash
# The part of MinIO's client that docker-compose.yml uses, with curl: `mc ready ALIAS` (the server answers) and
# `mc mb [--ignore-existing] ALIAS/BUCKET`. An alias is read from MC_HOST_<alias> (http://user:password@host:port)
# as MinIO's client reads it; "local" defaults to http://localhost:9000.
set -euo pipefail

endpoint() {
  local var=MC_HOST_$1
  local url=${!var:-}
  [[ -n $url || $1 != local ]] || url=http://localhost:9000
  [[ -n $url ]] || { echo "mc: no alias $1 (set MC_HOST_$1)" >&2; exit 1; }
  printf '%s\n' "$url"
}

case ${1:-} in
  ready)
    url=$(endpoint "${2:?usage: mc ready ALIAS}")
    base=${url#*://}; base=${base#*@}
    status=$(curl -s -o /dev/null -w '%{http_code}' "${url%%://*}://$base/") || exit 1
    [[ $status != 000 ]]
    ;;
  mb)
    shift
    ignore=false
    [[ ${1:-} == --ignore-existing ]] && { ignore=true; shift; }
    target=${1:?usage: mc mb [--ignore-existing] ALIAS/BUCKET}
    url=$(endpoint "${target%%/*}")
    scheme=${url%%://*} rest=${url#*://}
    credentials=${rest%@*} host=${rest#*@}
    # The SHA-256 of the empty body, which S3 wants signed and curl does not compute for a request without one.
    status=$(curl -s -o /tmp/mc-mb.out -w '%{http_code}' -X PUT --aws-sigv4 "aws:amz:us-east-1:s3" \
      --user "$credentials" -H "x-amz-content-sha256: $(printf '' | sha256sum | cut -d' ' -f1)" \
      "$scheme://$host/${target#*/}")
    if [[ $status == 200 ]] || { $ignore && [[ $status == 409 ]]; }; then
      echo "Bucket created successfully \`$target\`."
    else
      echo "mc: making bucket $target failed with HTTP $status: $(cat /tmp/mc-mb.out)" >&2
      exit 1
    fi
    ;;
  *)
    echo "mc: only 'ready' and 'mb' are provided in this image" >&2
    exit 2
    ;;
esac
