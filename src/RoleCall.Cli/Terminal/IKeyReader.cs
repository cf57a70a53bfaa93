namespace RoleCall.Cli.Terminal;

/// <summary>Reads single keys without echo from an interactive terminal (the seam tests replace).</summary>
internal interface IKeyReader
{
    ConsoleKeyInfo ReadKey();
}
