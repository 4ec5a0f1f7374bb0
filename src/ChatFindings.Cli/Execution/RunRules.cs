namespace ChatFindings.Cli.Execution;

/// <summary>
/// How the runner treats cells. While publishing, a cell fails when it writes to the console or
/// shows a value whose type is not <see cref="ChatFindings.IPublishable"/> (the runner's layer of
/// the allowlist; the formatters are the other). Every cell gets at most <see cref="CellTimeout"/>.
/// </summary>
public sealed record RunRules(bool Publishing, TimeSpan CellTimeout)
{
    /// <summary>
    /// 300 s: the slowest cell of the shipped notebooks (the first, which loads the data) takes a few
    /// seconds on a busy 2-core machine; real data many times larger still fits, and a hang ends in 5 minutes.
    /// </summary>
    public const int DefaultCellTimeoutSeconds = 300;

    public static RunRules Publish(TimeSpan cellTimeout) => new(true, cellTimeout);

    /// <summary>No publishing checks: for running a notebook to look at its outputs (tests of the runner).</summary>
    public static RunRules Exploring { get; } = new(false, TimeSpan.FromSeconds(DefaultCellTimeoutSeconds));
}
