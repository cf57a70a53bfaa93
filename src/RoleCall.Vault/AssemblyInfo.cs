// Tmds.DBus builds the D-Bus proxies for SecretService/ at run time in this dynamic assembly; it needs to see
// the internal interfaces it implements.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(Tmds.DBus.Connection.DynamicAssemblyName)]
// The only P/Invokes here (Agent/UnixSocketLine) are blittable: with runtime marshalling off, ReadyToRun
// compiles their stubs ahead of time instead of the JIT generating them in every command.
[assembly: System.Runtime.CompilerServices.DisableRuntimeMarshalling]
