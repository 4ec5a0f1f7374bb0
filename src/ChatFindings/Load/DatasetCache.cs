namespace ChatFindings.Load;

/// <summary>
/// The data set last loaded in this process, handed again to a session that opens the same file
/// unchanged. Why: publish runs every notebook's kernel in one process, and each session would
/// otherwise parse the file and hold its own copy (nine copies of a large file). Each kernel stays fresh;
/// only the immutable data set is shared. The key is the file's path and checksum and its sidecar's
/// checksum, so an edited file or sidecar is loaded again. One entry: memory stays bounded.
/// </summary>
internal sealed class DatasetCache
{
    /// <summary>The one every session of the process uses.</summary>
    public static DatasetCache Shared { get; } = new();

    private readonly Lock _gate = new();
    private (string Path, string Sha256, string SidecarSha256, Dataset Data)? _last;

    public Dataset Load(string csvPath)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        var sha = ConversationLoader.Sha256Of(csvPath);
        var sidecar = ConversationLoader.Sha256Of(Provenance.SidecarPath(csvPath));
        lock (_gate)
        {
            if (sha.Length > 0 && _last is { } last && last.Path == csvPath && last.Sha256 == sha && last.SidecarSha256 == sidecar)
                return last.Data;
        }
        var data = ConversationLoader.Load(csvPath);
        // Kept only when the file read is the file hashed above (it was not replaced in between).
        if (sha.Length > 0 && data.Source.Sha256 == sha)
            lock (_gate) _last = (csvPath, sha, sidecar, data);
        return data;
    }
}
