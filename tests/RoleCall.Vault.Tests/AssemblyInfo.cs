// The vault's files, sockets and peer checks are POSIX features; these tests run on Linux (CI) only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
