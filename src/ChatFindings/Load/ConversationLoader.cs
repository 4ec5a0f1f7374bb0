using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>Loads the coded conversations: schema-checked rows become the columns of a <see cref="Dataset"/>.</summary>
public static class ConversationLoader
{
    /// <summary>
    /// Reads a conversations CSV against the codebook built into the library (<see cref="Codebook.Conversations"/>),
    /// or against <paramref name="schema"/> when a user checks data with a schema of their own.
    /// Bad rows do not throw: they are rejected and listed in <see cref="Dataset.Report"/>.
    /// Throws <see cref="SchemaException"/> when the schema does not fit <see cref="Conversation"/>.
    /// </summary>
    public static Dataset Load(string csvPath, TableSchema? schema = null)
    {
        schema ??= Codebook.Conversations;
        var columns = ConversationColumns.Bind(schema);

        // The checksum reads the file on the second core while the first one parses it.
        var checksum = Task.Run(() => Sha256Of(csvPath));
        var (conversations, read) = Read(csvPath, schema, columns);

        var errors = read.Errors.ToList();
        var provenance = ProvenanceSidecar.Read(csvPath, errors);
        ProvenanceSidecar.CheckRows(provenance, csvPath, read.RowsRead, errors);
        var report = read with { Errors = errors };

        var source = new DataSource(csvPath, checksum.GetAwaiter().GetResult(), provenance?.Synthetic ?? false, provenance?.Description);
        return new Dataset(conversations, report, source);
    }

    /// <summary>
    /// The rows of the file as columns, and the report of every row: Sep's parallel reader for the files it takes,
    /// CsvHelper's (<see cref="TableReader"/>) for those it declines (see <see cref="ParallelConversationReader"/>).
    /// </summary>
    internal static (ConversationStore Store, LoadReport Report) Read(string csvPath, TableSchema schema, ConversationColumns columns)
    {
        if (ParallelConversationReader.TryRead(csvPath, schema, columns) is { } fast) return (fast.Store, fast.Report);
        var table = TableReader.Read(csvPath, schema);
        return (columns.ToStore(table.Data), table.Report);
    }

    /// <summary>
    /// The report of checking a file against a schema (what `validate` and publish's check print): Sep's parallel
    /// reader when the schema fits <see cref="Conversation"/> and the file is one it takes, else CsvHelper's.
    /// </summary>
    internal static LoadReport Check(string csvPath, TableSchema schema)
    {
        ConversationColumns bound;
        try { bound = ConversationColumns.Bind(schema); }
        catch (SchemaException) { return TableReader.Read(csvPath, schema).Report; } // another table: read generically
        return ParallelConversationReader.TryRead(csvPath, schema, bound)?.Report ?? TableReader.Read(csvPath, schema).Report;
    }

    /// <summary>Lower-case hex SHA-256 of a file; empty when it cannot be read (the load report says why).</summary>
    internal static string Sha256Of(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
