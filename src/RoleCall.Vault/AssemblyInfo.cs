// Tmds.DBus builds the D-Bus proxies for SecretService/ at run time in this dynamic assembly; it needs to see
// the internal interfaces it implements.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(Tmds.DBus.Connection.DynamicAssemblyName)]
