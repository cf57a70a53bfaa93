-- Failed console and portal sign-ins per identity, counted by every replica together: spreading guesses over
-- replicas gains an attacker nothing. A row is removed by a successful sign-in; a stale one restarts its count
-- (RoleCall.Iam.SignIn.SignInFailures holds the rule).
CREATE TABLE iam_sign_in_failures (
    key        text PRIMARY KEY,
    count      integer NOT NULL,
    first_at   bigint NOT NULL,
    last_at    bigint NOT NULL
);
