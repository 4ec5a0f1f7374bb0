using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatFindings.Cli.Browser;

/// <summary>
/// One headless Chromium with the network shut off (the resolver maps every host to nothing), a
/// profile folder of its own (deleted after), and the DevTools protocol on a loopback port that
/// the OS picks. Stopped (the whole process tree) when disposed, or at the latest when the CLI exits.
/// </summary>
internal sealed partial class ChromiumProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private int _stopped;

    private ChromiumProcess(Process process, string profile, DevToolsConnection connection)
    {
        _process = process;
        _profile = profile;
        Connection = connection;
    }

    public DevToolsConnection Connection { get; }

    public static async Task<ChromiumProcess> StartAsync(string executable, TimeSpan timeout)
    {
        var profile = Directory.CreateTempSubdirectory("cf-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in OfflineArguments(profile)) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--remote-debugging-port=0");
        start.ArgumentList.Add("about:blank");
        var process = Process.Start(start) ?? throw new BrowserException($"{executable} could not be started");
        var log = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) { listening.TrySetException(new BrowserException($"{executable} exited before it listened for DevTools: {LastLines(log)}")); return; }
            lock (log) { if (log.Length < 64 * 1024) log.AppendLine(e.Data); }
            if (Listening().Match(e.Data) is { Success: true } m) listening.TrySetResult(new Uri(m.Groups[1].Value));
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(timeout);
            var connection = await DevToolsConnection.OpenAsync(address, CancellationToken.None).WaitAsync(timeout);
            var started = new ChromiumProcess(process, profile, connection);
            AppDomain.CurrentDomain.ProcessExit += started.KillAtExit;
            return started;
        }
        catch (Exception e) when (e is TimeoutException or BrowserException or System.Net.WebSockets.WebSocketException)
        {
            Stop(process, profile);
            throw e as BrowserException ?? new BrowserException($"{executable} did not open its DevTools connection within {timeout.TotalSeconds:0} s: {e.Message} {LastLines(log)}");
        }
    }

    /// <summary>The brief's offline flags (docs/toolchain-notes.md) plus a profile of this run's own.</summary>
    private static IEnumerable<string> OfflineArguments(string profile) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync", "--mute-audio", "--hide-scrollbars",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
        $"--user-data-dir={profile}",
    ];

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillAtExit;
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        await Connection.DisposeAsync();
        // Nothing in a throw-away headless profile needs a graceful close: it would only make the run wait.
        Stop(_process, _profile);
    }

    private void KillAtExit(object? sender, EventArgs e)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0) Stop(_process, _profile);
    }

    /// <summary>Stops the browser's whole process tree and deletes its profile.</summary>
    private static void Stop(Process process, string profile)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException) { } // already gone
        process.Dispose();
        try { Directory.Delete(profile, recursive: true); }
        catch (IOException) { } // a helper process may still hold a file for a moment; the OS cleans temp
        catch (UnauthorizedAccessException) { }
    }

    private static string LastLines(StringBuilder log)
    {
        string text;
        lock (log) text = log.ToString();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no message)" : string.Join(" | ", lines.TakeLast(3));
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex Listening();
}
