namespace ChatFindings.Cli.Site;

/// <summary>The stylesheet and chart script, embedded in the Cli assembly (Site/Assets).</summary>
internal static class SiteAssets
{
    public static string Stylesheet { get; } = Read("ChatFindings.Cli.Site.Assets.site.css");

    public static string PlotInitScript { get; } = Read("ChatFindings.Cli.Site.Assets.plot-init.js");

    private static string Read(string name)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the Cli assembly has no embedded resource {name}");
        using var reader = new StreamReader(stream);
        // Normalise line endings so a checkout with CRLF gives the same page bytes.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
