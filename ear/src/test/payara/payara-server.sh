#!/usr/bin/env bash
# Starts or stops the full Payara Server 6 that the EAR smoke suite runs against.
#   payara-server.sh start|stop <payara dir> <ear file> <tresor home> <certificate file>
# The server comes from Maven Central (fish.payara.distributions:payara), unpacked by the build.
# After the start, <certificate file> holds the HTTPS listener's certificate (PEM), which the
# suite trusts and nothing else.
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true

action="$1" payara="$2" ear="$3" home="$4" certificate="$5"
asadmin="$payara/bin/asadmin"
log() { printf 'payara-server: %s\n' "$*" >&2; }

probe() { curl -s --cacert "$certificate" --http1.1 -o /dev/null -w '%{http_code}' --max-time 5 "https://localhost:8181$1" || true; }

# The certificate the HTTPS listener on 8181 (http-listener-2) presents: the domain's own
# self-signed one (alias s1as) unless the listener was given another. domain1's keystore is
# protected by the domain's master password, "changeit" in the distribution.
export_certificate() {
    local listener="configs.config.server-config.network-config.protocols.protocol.http-listener-2.ssl.cert-nickname"
    local alias
    alias="$("$asadmin" get "$listener" | sed -n "s/^$listener=//p")"
    [[ -n "$alias" ]] || { log "no certificate nickname on http-listener-2"; return 1; }
    rm -f "$certificate"
    keytool -exportcert -rfc -alias "$alias" -keystore "$payara/glassfish/domains/domain1/config/keystore.p12" \
        -storepass changeit -file "$certificate" >/dev/null
}

start() {
    # A failed start must not leave a server holding the ports the Micro suite needs next.
    trap 'stop' ERR
    rm -rf "$home"
    mkdir -p "$home/db"
    log "starting domain1 ..."
    "$asadmin" start-domain domain1 >/dev/null
    "$asadmin" create-jvm-options "-Dtresor.home=${home//:/\\:}:-Dtresor.demo=true:-Dtresor.public-url=https\\://localhost\\:8181" >/dev/null
    # The master keystore password from a Payara password alias, as production should keep it:
    # encrypted in the domain, never next to the keystore. The file outside TRESOR_HOME is for the test.
    ( umask 077; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(head -c 24 /dev/urandom | base64 | tr -d '/+=\n')" > "$home.alias" )
    "$asadmin" delete-password-alias tresor-master-key >/dev/null 2>&1 || true
    "$asadmin" --passwordfile "$home.alias" create-password-alias tresor-master-key >/dev/null
    "$asadmin" create-system-properties 'tresor.master-key.password=${ALIAS=tresor-master-key}' >/dev/null
    # The database password from a password alias as well (README, "Secrets under TRESOR_HOME").
    ( umask 077; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(head -c 24 /dev/urandom | base64 | tr -d '/+=\n')" > "$home.db-alias" )
    "$asadmin" delete-password-alias tresor-db >/dev/null 2>&1 || true
    "$asadmin" --passwordfile "$home.db-alias" create-password-alias tresor-db >/dev/null
    rm -f "$home.db-alias"
    local url="jdbc\\:h2\\:file\\:${home//:/\\:}/db/tresor"
    "$asadmin" create-jdbc-connection-pool --datasourceclassname=org.h2.jdbcx.JdbcDataSource \
        --restype=javax.sql.DataSource --property "url=$url:user=tresor" tresor-pool >/dev/null
    "$asadmin" set 'resources.jdbc-connection-pool.tresor-pool.property.password=${ALIAS=tresor-db}' >/dev/null
    "$asadmin" create-jdbc-resource --connectionpoolid=tresor-pool jdbc/tresor >/dev/null
    "$asadmin" restart-domain domain1 >/dev/null
    export_certificate
    log "deploying $ear ..."
    "$asadmin" deploy --name tresor "$ear" || { tail -n 80 "$payara/glassfish/domains/domain1/logs/server.log" >&2; stop; exit 1; }
    for _ in $(seq 1 180); do
        if [[ "$(probe /health/ready)" == "200" && "$(probe /.well-known/jwks.json)" == "200" ]]; then
            log "Tresor (EAR) is ready on https://localhost:8181"
            return
        fi
        sleep 1
    done
    tail -n 80 "$payara/glassfish/domains/domain1/logs/server.log" >&2
    log "the EAR did not become ready"
    stop
    exit 1
}

stop() {
    "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
}

case "$action" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop <payara dir> <ear> <home> <certificate file>" >&2; exit 2 ;;
esac
