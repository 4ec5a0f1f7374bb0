using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatFindings.Cli.Browser;

/// <summary>
/// The Chrome DevTools Protocol over the browser's WebSocket: commands with ids answered out of
/// order, and events waited for by session and name. Many tabs share it at once (thread-safe), so one
/// browser process serves every page of a publish.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly List<(string? Session, string Method, TaskCompletionSource<JsonElement> Seen)> _waiters = [];
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private Task _receiving = Task.CompletedTask;
    private int _lastId;

    private DevToolsConnection() { }

    public static async Task<DevToolsConnection> OpenAsync(Uri webSocket, CancellationToken cancel)
    {
        var connection = new DevToolsConnection();
        connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await connection._socket.ConnectAsync(webSocket, cancel);
        connection._receiving = Task.Run(connection.ReceiveLoopAsync);
        return connection;
    }

    /// <summary>Sends a command (to a tab when <paramref name="session"/> is set) and returns its result; a protocol error throws.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, string? session = null, CancellationToken cancel = default)
    {
        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (session is not null) message["sessionId"] = session;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sending.WaitAsync(cancel);
        try { await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancel); }
        finally { _sending.Release(); }
        using (cancel.Register(() => answer.TrySetCanceled(cancel)))
            return await answer.Task;
    }

    /// <summary>A task that completes with the event's parameters the next time it arrives; register before the command that causes it.</summary>
    public Task<JsonElement> NextEvent(string method, string? session)
    {
        var seen = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters) _waiters.Add((session, method, seen));
        return seen.Task;
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                message.SetLength(0);
                ValueWebSocketReceiveResult part;
                do
                {
                    part = await _socket.ReceiveAsync(buffer.AsMemory(), _closing.Token);
                    if (part.MessageType == WebSocketMessageType.Close) throw new BrowserException("Chromium closed the DevTools connection");
                    message.Write(buffer, 0, part.Count);
                }
                while (!part.EndOfMessage);
                using var document = JsonDocument.Parse(message.GetBuffer().AsMemory(0, (int)message.Length));
                Dispatch(document.RootElement.Clone());
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or BrowserException or JsonException)
        {
            var reason = e as BrowserException ?? new BrowserException($"the DevTools connection to Chromium broke: {e.Message}");
            foreach (var id in _pending.Keys) if (_pending.TryRemove(id, out var answer)) answer.TrySetException(reason);
            lock (_waiters)
            {
                foreach (var waiter in _waiters) waiter.Seen.TrySetException(reason);
                _waiters.Clear();
            }
        }
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var idElement))
        {
            if (!_pending.TryRemove(idElement.GetInt32(), out var answer)) return;
            if (message.TryGetProperty("error", out var error))
                answer.TrySetException(new BrowserException($"Chromium refused a command: {error.GetProperty("message").GetString()}"));
            else answer.TrySetResult(message.TryGetProperty("result", out var result) ? result : default);
            return;
        }
        if (!message.TryGetProperty("method", out var methodElement)) return;
        var method = methodElement.GetString();
        var session = message.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
        var parameters = message.TryGetProperty("params", out var p) ? p : default;
        lock (_waiters)
        {
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Method != method || _waiters[i].Session != session) continue;
                _waiters[i].Seen.TrySetResult(parameters);
                _waiters.RemoveAt(i);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        try { await _receiving; }
        catch (OperationCanceledException) { }
        _socket.Dispose();
        _sending.Dispose();
        _closing.Dispose();
    }
}
