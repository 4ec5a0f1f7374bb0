namespace ChatFindings.Benchmarks;

/// <summary>
/// Samples the managed heap size every few milliseconds on a background thread: the GC keeps no
/// peak of its own, and a measurement wants the largest heap the work needed, not the last one.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    public MemorySampler(int intervalMs = 2)
    {
        _peak = GC.GetTotalMemory(false);
        _thread = new Thread(() =>
        {
            while (!_stop)
            {
                Sample();
                Thread.Sleep(intervalMs);
            }
        }) { IsBackground = true, Name = "memory sampler" };
        _thread.Start();
    }

    /// <summary>The largest managed heap seen (bytes), including garbage not yet collected.</summary>
    public long PeakManagedBytes => Interlocked.Read(ref _peak);

    private void Sample()
    {
        var now = GC.GetTotalMemory(false);
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen) { }
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
        Sample();
    }
}
