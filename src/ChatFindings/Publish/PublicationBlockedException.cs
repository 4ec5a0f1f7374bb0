namespace ChatFindings;

/// <summary>
/// Thrown by a display formatter while publishing when a cell shows something that must not reach
/// a published page. The cell fails with this message, so the run stops and names the cell.
/// </summary>
public sealed class PublicationBlockedException(string what)
    : InvalidOperationException(
        $"Blocked while publishing: {what} cannot appear on a published page. " +
        "Display a protected table instead (study.Protect(table)), or explore without publishing.")
{
    public string What { get; } = what;
}
