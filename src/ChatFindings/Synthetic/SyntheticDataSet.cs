namespace ChatFindings.Synthetic;

/// <summary>Writes a generated data set: &lt;dir&gt;/conversations.csv and its synthetic provenance sidecar.</summary>
public static class SyntheticDataSet
{
    public const string CsvFileName = "conversations.csv";

    /// <summary>Generates and writes the files (overwriting); returns the CSV path.</summary>
    public static string Write(string directory, int seed = SyntheticGenerator.DefaultSeed, int rows = SyntheticGenerator.DefaultRows)
    {
        Directory.CreateDirectory(directory);
        var generator = new SyntheticGenerator(seed, rows);
        var csvPath = Path.Combine(directory, CsvFileName);
        ConversationCsvWriter.WriteFile(csvPath, generator.Generate());
        SyntheticProvenance.For(generator).WriteTo(Provenance.SidecarPath(csvPath));
        return csvPath;
    }
}
