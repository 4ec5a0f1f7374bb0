namespace ChatFindings.Load;

/// <summary>
/// The data set last loaded in this process, handed again to a session that opens the same file
/// unchanged. Why: publish checks the file and then runs every notebook's kernel in one process, and each
/// would otherwise parse the file and hold its own copy (ten reads and copies of a large file). Each kernel
/// stays fresh; only the immutable data set is shared. One entry: memory stays bounded.
/// </summary>
/// <remarks>
/// "Unchanged" is the file's and its sidecar's length and last write time, as build tools and git's index
/// decide, since hashing a large file again per session costs what the cache saves. As in git's "racy git"
/// rule, a stamp is trusted only when the file was last written well before it was read (file times are
/// coarse: a rewrite within the same tick keeps them); an entry read that close to a write is compared by
/// SHA-256 on every reuse instead.
/// </remarks>
internal sealed class DatasetCache
{
    /// <summary>The one every session of the process uses.</summary>
    public static DatasetCache Shared { get; } = new();

    // Coarser than any file system's time stamps (FAT's are 2 s; ext4's follow the kernel's tick).
    private static readonly TimeSpan Granularity = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private Entry? _last;

    public Dataset Load(string csvPath)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        var sidecarPath = Provenance.SidecarPath(csvPath);
        var data = FileStamp.Of(csvPath);
        var sidecar = FileStamp.Of(sidecarPath);
        Entry? last;
        lock (_gate) last = _last;
        if (data.Exists && last is not null && last.Data == data && last.Sidecar == sidecar
            && (last.Racy is null || last.Racy == (ConversationLoader.Sha256Of(csvPath), ConversationLoader.Sha256Of(sidecarPath))))
            return last.Loaded;

        var reading = DateTime.UtcNow;
        var loaded = ConversationLoader.Load(csvPath);
        // Kept only when the files read are the files stamped above (neither was replaced meanwhile).
        if (data.Exists && loaded.Source.Sha256.Length > 0 && FileStamp.Of(csvPath) == data && FileStamp.Of(sidecarPath) == sidecar)
        {
            var racy = data.WrittenUtc > reading - Granularity || sidecar.WrittenUtc > reading - Granularity;
            var entry = new Entry(data, sidecar, racy ? (loaded.Source.Sha256, ConversationLoader.Sha256Of(sidecarPath)) : null, loaded);
            lock (_gate) _last = entry;
        }
        return loaded;
    }

    /// <param name="Racy">The checksums of the file and its sidecar when the stamps alone cannot be trusted.</param>
    private sealed record Entry(FileStamp Data, FileStamp Sidecar, (string Data, string Sidecar)? Racy, Dataset Loaded);

    /// <summary>A file as the cache compares it: its full path, length and last write time (all default when it does not exist).</summary>
    private readonly record struct FileStamp(string? Path, long Length, DateTime WrittenUtc)
    {
        public bool Exists => Path is not null;

        public static FileStamp Of(string path)
        {
            var file = new FileInfo(path);
            return file.Exists ? new FileStamp(file.FullName, file.Length, file.LastWriteTimeUtc) : default;
        }
    }
}
