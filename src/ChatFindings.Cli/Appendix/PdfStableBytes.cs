using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatFindings.Cli.Appendix;

/// <summary>
/// Makes Chromium's PDF the same bytes for the same input, without moving a byte (so the
/// cross-reference offsets stay right):
/// - the wall-clock /CreationDate and /ModDate entries are overwritten with spaces (whitespace is
///   legal between dictionary entries);
/// - the tagged structure's /ID strings "(nodeNNNNNNNN)" are Chromium's DOM node ids, which vary
///   with timing: each is replaced by its rank among them, same width, so the ID tree stays sorted.
/// </summary>
internal static partial class PdfStableBytes
{
    public static void Apply(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match m in DateEntry().Matches(text))
            Overwrite(pdf, m.Index, new string(' ', m.Length));

        var ids = NodeId().Matches(text);
        var ranks = ids.Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()
            .Select((id, rank) => (id, rank)).ToDictionary(p => p.id, p => (long)p.rank);
        // The k-th smallest of distinct non-negative numbers is at least k, so a rank never needs more digits.
        foreach (Match m in ids)
        {
            var digits = m.Groups[1];
            var rank = ranks[long.Parse(digits.Value, CultureInfo.InvariantCulture)];
            Overwrite(pdf, digits.Index, rank.ToString(CultureInfo.InvariantCulture).PadLeft(digits.Length, '0'));
        }
    }

    private static void Overwrite(byte[] pdf, int index, string ascii)
    {
        for (var i = 0; i < ascii.Length; i++) pdf[index + i] = (byte)ascii[i];
    }

    [GeneratedRegex(@"/(CreationDate|ModDate)\s*\([^)]*\)")]
    private static partial Regex DateEntry();

    [GeneratedRegex(@"\(node(\d{1,18})\)")]
    private static partial Regex NodeId();
}
