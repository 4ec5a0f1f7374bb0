using Microsoft.Data.Analysis;

namespace ChatFindings;

/// <summary>Builds a typed DataFrame of conversations (columns named as in the CSV, categories as their codes).</summary>
public static class ConversationFrame
{
    /// <summary>
    /// The conversations as a typed DataFrame for exploring (one column per CSV column, codes as text).
    /// Row-level data: for the analyst's eyes, never for a published page.
    /// </summary>
    public static DataFrame ToDataFrame(this Dataset data) => Build(data.Conversations);

    internal static DataFrame Build(IReadOnlyList<Conversation> rows)
    {
        static string? Code<TEnum>(TEnum? value) where TEnum : struct, Enum =>
            value is { } v ? CodeOf(v) : null;
        static string CodeOf<TEnum>(TEnum value) where TEnum : struct, Enum =>
            EnumCodes.Of<TEnum>()[Convert.ToInt32(value)];
        static string? Flags<TEnum>(TEnum value) where TEnum : struct, Enum
        {
            var mask = Convert.ToInt64(value);
            if (mask == 0) return null;
            var codes = EnumCodes.Of<TEnum>();
            return string.Join("|", codes.Where((_, i) => (mask & (1L << i)) != 0));
        }

        return new DataFrame(
            new StringDataFrameColumn("conversation_id", rows.Select(r => r.ConversationId)),
            new Int32DataFrameColumn("year", rows.Select(r => (int?)r.Year)),
            new StringDataFrameColumn("reporter", rows.Select(r => CodeOf(r.Reporter))),
            new Int32DataFrameColumn("age", rows.Select(r => r.Age)),
            new StringDataFrameColumn("gender", rows.Select(r => Code(r.Gender))),
            new StringDataFrameColumn("exploitation_type", rows.Select(r => CodeOf(r.ExploitationType))),
            new StringDataFrameColumn("perpetrators", rows.Select(r => Flags(r.Perpetrators))),
            new StringDataFrameColumn("duration", rows.Select(r => Code(r.Duration))),
            new BooleanDataFrameColumn("ongoing", rows.Select(r => r.Ongoing)),
            new BooleanDataFrameColumn("first_disclosure", rows.Select(r => r.FirstDisclosure)),
            new BooleanDataFrameColumn("online_recruitment", rows.Select(r => r.OnlineRecruitment)),
            new StringDataFrameColumn("platforms", rows.Select(r => Flags(r.Platforms))),
            new BooleanDataFrameColumn("clients_involved", rows.Select(r => r.ClientsInvolved)),
            new StringDataFrameColumn("first_confidant", rows.Select(r => Code(r.FirstConfidant))),
            new StringDataFrameColumn("first_reaction", rows.Select(r => Code(r.FirstReaction))),
            new BooleanDataFrameColumn("help_accepted", rows.Select(r => r.HelpAccepted)),
            new BooleanDataFrameColumn("police_report", rows.Select(r => r.PoliceReport)));
    }
}
