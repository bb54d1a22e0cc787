using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>A Serilog sink that keeps every event as the text a log file would hold: message, properties and exception.</summary>
public sealed class CollectedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<string> lines = new();

    public void Emit(LogEvent logEvent) =>
        lines.Enqueue($"{logEvent.RenderMessage()} {string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))} {logEvent.Exception}");

    public IReadOnlyList<string> Lines => [.. lines];
}
