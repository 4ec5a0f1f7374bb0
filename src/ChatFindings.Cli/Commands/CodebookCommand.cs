using System.Text;
using ChatFindings;

namespace ChatFindings.Cli.Commands;

/// <summary>
/// `codebook [--check] [--dir &lt;schema folder&gt;]`: writes codebook.md from every *.schema.json of the folder
/// (default: the repository's data-schema/), or with --check fails when the page on disk is stale.
/// </summary>
public static class CodebookCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var check = args.Switch("--check");
        var dirOption = args.Option("--dir");
        args.RejectUnknown(0);

        string dir, expected;
        try
        {
            dir = dirOption ?? DataLocation.SchemaDirectory;
            if (!Directory.Exists(dir))
            {
                stderr.WriteLine($"error: schema folder not found: {dir}");
                return CommandLine.Failure;
            }
            expected = CodebookPage.RenderDirectory(dir);
        }
        catch (Exception e) when (e is SchemaException or DirectoryNotFoundException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return CommandLine.Failure;
        }

        var pagePath = Path.Combine(dir, CodebookPage.FileName);
        if (check)
        {
            var current = File.Exists(pagePath) ? File.ReadAllText(pagePath) : null;
            if (current == expected)
            {
                stdout.WriteLine($"up to date: {pagePath}");
                return CommandLine.Success;
            }
            stderr.WriteLine(current is null
                ? $"missing: {pagePath}; run `chatfindings codebook` to write it"
                : $"stale: {pagePath} differs from what the schemas give; run `chatfindings codebook` to rewrite it");
            return CommandLine.Failure;
        }

        File.WriteAllText(pagePath, expected, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        stdout.WriteLine($"wrote {pagePath}");
        return CommandLine.Success;
    }
}
