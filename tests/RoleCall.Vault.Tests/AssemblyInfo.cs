// The vault's files, sockets and peer checks are POSIX features; these tests run on Linux (CI) only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
// Tmds.DBus builds the adapter of the test's prompter (SecretService/SystemPrompter) in its dynamic assembly.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(Tmds.DBus.Connection.DynamicAssemblyName)]
