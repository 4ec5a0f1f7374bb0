using System.Text;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Synthetic;

public class ConversationCsvWriterTests
{
    [Fact]
    public void Writes_header_then_one_LF_line_per_conversation()
    {
        var csv = ConversationCsvWriter.ToCsv([Make.Conversation(), Make.Conversation()]);
        Assert.DoesNotContain('\r', csv);
        var lines = csv.Split('\n');
        Assert.Equal(4, lines.Length); // header, two rows, and the empty text after the final LF
        Assert.Equal("", lines[3]);
        Assert.Equal(string.Join(',', ConversationCsvWriter.Columns), lines[0]);
        Assert.All(lines[1..3], l => Assert.Equal(ConversationCsvWriter.Columns.Length, l.Split(',').Length));
    }

    [Fact]
    public void Writes_codes_lists_booleans_and_empty_cells()
    {
        var c = new Conversation("S000042", 2021, Reporter.ThirdParty, null, null, ExploitationType.SexualAndCriminal,
            Perpetrators.Stranger | Perpetrators.Parent, Duration.OneToTwoYears, true, false, null,
            Platforms.Gaming | Platforms.SocialMedia, null, Confidant.CareWorker, Reaction.NoAction, false, null);
        var row = ConversationCsvWriter.ToCsv([c]).Split('\n')[1];
        Assert.Equal("S000042,2021,third_party,,,sexual_and_criminal,parent|stranger,1_2y,true,false,,social_media|gaming,,care_worker,no_action,false,", row);
    }

    [Fact]
    public void A_file_is_UTF8_without_BOM()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cf-h2-writer-{Environment.ProcessId}.csv");
        try
        {
            var c = Make.Conversation();
            ConversationCsvWriter.WriteFile(path, [c]);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal("conversation_id,"u8.ToArray(), bytes[..16]); // no EF BB BF in front
            Assert.Equal(ConversationCsvWriter.ToCsv([c]), Encoding.UTF8.GetString(bytes));
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("a,b")]
    [InlineData("a\"b")]
    [InlineData("a\nb")]
    [InlineData("")]
    public void Refuses_an_id_that_would_need_quoting(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => ConversationCsvWriter.ToCsv([Make.Conversation() with { ConversationId = id }]));
        Assert.Contains("conversation id", e.Message);
    }

    [Fact]
    public void Refuses_a_flag_outside_the_codebook()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ConversationCsvWriter.ToCsv([Make.Conversation(perpetrators: (Perpetrators)(1 << 8))]));
        Assert.Contains("perpetrators", e.Message);
    }
}
