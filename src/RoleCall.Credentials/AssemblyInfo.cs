// RawTcpStream's libc calls take blittable pointers only; with the runtime's marshalling off they need no
// stub compiled at run time (ReadyToRun precompiles them), which is the point of that type: start-up time.
[assembly: System.Runtime.CompilerServices.DisableRuntimeMarshalling]
