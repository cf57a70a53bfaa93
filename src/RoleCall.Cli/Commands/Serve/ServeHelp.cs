namespace RoleCall.Cli.Commands.Serve;

/// <summary>The help text of `rolecall serve` (kept apart so the command file stays about behaviour).</summary>
internal static class ServeHelp
{
    public const string Text = """
        usage: rolecall serve [--host HOST] [--port PORT] [--data DIR | --in-memory | --store URL [--data DIR]]
                              [--account-id ID] [--root-access-key-id KEY --root-secret-access-key SECRET]
                              [--add-account ID [ID ...]] [--dev-clock] [--explain]

        Runs a local IAM, STS, S3, EC2 and IAM Identity Center (identitystore, sso-admin, sso, sso-oidc),
        each in its own wire protocol with SigV4 authentication and one IAM policy engine deciding every
        call, so the AWS CLI, boto3 and the AWS SDKs work against it unchanged (--endpoint-url /
        AWS_ENDPOINT_URL). All share one port; the signature's credential scope tells them apart. The web
        console is at /console and the Identity Center access portal at /start on the same port.
        Stops cleanly on Ctrl+C (SIGINT) or SIGTERM.

        options:
          --host HOST          address to listen on (default 127.0.0.1)
          --port PORT          TCP port (default 4600; 0 picks a free port)
          --data DIR           keep state in DIR/rolecall.db, DIR/sessions*.db, ... (default ~/.rolecall/data);
                               with --store, only S3 object bodies, in DIR/s3-objects: a directory every
                               replica must share
          --in-memory          keep state in memory only; it is gone when the server stops
          --store URL          keep all state but S3 object bodies in PostgreSQL, shared by every replica
                               given the same URL: postgresql://USER@HOST:PORT/DATABASE (also
                               ROLECALL_STORE). The password comes from PGPASSWORD or ~/.pgpass, never
                               the URL; secrets are sealed with the key file every replica shares
                               (ROLECALL_STORE_KEY_FILE, default ~/.rolecall/postgres.key).
                               See docs/readme/postgresql.md
          --account-id ID      the first account (default 123456789012)
          --root-access-key-id KEY, --root-secret-access-key SECRET
                               the first account's root key on first start (also from
                               ROLECALL_ROOT_ACCESS_KEY_ID / ROLECALL_ROOT_SECRET_ACCESS_KEY);
                               when absent, a key is generated, stored and printed once
          ROLECALL_ROOT_PASSWORD
                               the first account's root console password (environment only, never
                               argv); when unset, one is generated on first start and printed once
          --add-account ID [ID ...]
                               also create these accounts, each with its own root key (printed once)
          --dev-clock          enable POST /_rolecall/clock {"advanceSeconds": N} to move the service
                               clock forward, for testing expiry (signature freshness keeps real time)
          --explain            log every authorization decision to stderr with its deciding statements

        endpoints:
          GET /_rolecall/health   200 when ready

        example:
          rolecall serve --in-memory --port 4600
          aws --endpoint-url http://127.0.0.1:4600 iam list-users
        """;
}
