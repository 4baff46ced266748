using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteOptimizer.Measurement.Browser;

/// <summary>
/// The Chrome DevTools Protocol over one WebSocket, used strictly in turn: a command is sent,
/// then messages are read until its answer arrives; events read on the way are kept so a later
/// <see cref="WaitForEventAsync"/> finds them.
/// </summary>
internal sealed class DevToolsConnection(ClientWebSocket socket) : IDisposable
{
    private readonly List<JsonElement> _events = [];
    private int _lastId;

    public static async Task<DevToolsConnection> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return new DevToolsConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var id = ++_lastId;
        var command = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(command, MeasurementJsonContext.Default.JsonObject), WebSocketMessageType.Text, true, cancellationToken);
        while (true)
        {
            var message = await ReceiveAsync(cancellationToken);
            if (!message.TryGetProperty("id", out var answerId))
            {
                _events.Add(message);
            }
            else if (answerId.GetInt32() == id)
            {
                return message.TryGetProperty("error", out var error)
                    ? throw new InvalidOperationException($"DevTools {method}: {error}")
                    : message.GetProperty("result");
            }
        }
    }

    /// <summary>Waits for the event, then forgets every event received so far.</summary>
    public Task WaitForEventAsync(string method, CancellationToken cancellationToken) => TakeEventsUntilAsync(method, cancellationToken);

    /// <summary>Waits for the event; returns every event received so far, that one included, and forgets them.</summary>
    public async Task<IReadOnlyList<JsonElement>> TakeEventsUntilAsync(string method, CancellationToken cancellationToken)
    {
        while (!_events.Exists(e => IsEvent(e, method)))
        {
            _events.Add(await ReceiveAsync(cancellationToken));
        }
        return TakeEvents();
    }

    /// <summary>The events received so far (while waiting for answers), which are then forgotten.</summary>
    public IReadOnlyList<JsonElement> TakeEvents()
    {
        var events = _events.ToList();
        _events.Clear();
        return events;
    }

    public void Dispose() => socket.Dispose();

    private static bool IsEvent(JsonElement message, string method) =>
        message.TryGetProperty("method", out var name) && name.GetString() == method;

    private async Task<JsonElement> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(chunk.AsMemory(), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("Chromium closed the DevTools connection");
            }
            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);
        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}
