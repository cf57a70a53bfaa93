using Microsoft.AspNetCore.Components;

namespace RoleCall.Web.Tests.Hosting;

/// <summary>A page that writes its model's label and counts, in the model, how often it was disposed.</summary>
public sealed class CountingPage : IComponent, IDisposable
{
    private RenderHandle handle;

    [Parameter] public PageCounter Model { get; set; } = default!;

    public void Attach(RenderHandle renderHandle) => handle = renderHandle;

    public Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        var label = Model.Label;
        handle.Render(builder => builder.AddContent(0, label));
        return Task.CompletedTask;
    }

    public void Dispose() => Model.CountDisposal();
}

/// <summary>What a <see cref="CountingPage"/> renders, and how many of its pages were disposed.</summary>
public sealed class PageCounter(string label)
{
    private int disposed;

    public string Label { get; } = label;

    public int Disposed => Volatile.Read(ref disposed);

    public void CountDisposal() => Interlocked.Increment(ref disposed);
}
