using System.Runtime.Versioning;

// These tests check Unix file modes (0600 credentials, 0700 ~/.aws) and use chattr; CI runs them on Linux.
// Windows behaviour of the paths is tested by faking the platform (AwsPaths.From(env, windows: true)).
[assembly: UnsupportedOSPlatform("windows")]
