using System.Numerics;

namespace ChatFindings;

/// <summary>
/// Grouping variables the findings notebooks derive from the codebook's fields (they are not
/// columns of the CSV). Each accounts for every conversation: an empty exploiter list or an
/// unknown age is "Not known", never dropped.
/// </summary>
public static class FindingVariables
{
    /// <summary>
    /// Parent cases (F5) against the rest: a parent, step-parent or foster parent among the
    /// exploiters, or only other exploiters; "Not known" when no exploiter is coded.
    /// </summary>
    public static ConversationVariable ParentExploiter { get; } = ConversationVariable.Single(
        new Variable("parent_exploiter", "Exploited by a parent",
            [new("parent", "Parent, step- or foster parent"), new("other", "Other exploiters only"), Category.Unknown]),
        c => ParentIndex(c.Perpetrators)).WithColumns(ColumnCodes.Mapped(CodedColumn.Perpetrators, b => ParentIndex((Perpetrators)b)));

    private static int ParentIndex(Perpetrators p) => p == Perpetrators.None ? 2 : Conversation.NamesParent(p) ? 0 : 1;

    /// <summary>
    /// More than one kind of exploiter coded. The list codes relationships, not people: two
    /// strangers are one code, so this is a lower bound of having several exploiters.
    /// </summary>
    public static ConversationVariable SeveralExploiters { get; } = ConversationVariable.Single(
        new Variable("several_exploiters", "Several exploiters",
            [new("several", "More than one kind of exploiter"), new("one", "One kind of exploiter"), Category.Unknown]),
        c => SeveralIndex(c.Perpetrators)).WithColumns(ColumnCodes.Mapped(CodedColumn.Perpetrators, b => SeveralIndex((Perpetrators)b)));

    private static int SeveralIndex(Perpetrators p) => Kinds(p) switch { 0 => 2, 1 => 1, _ => 0 };

    /// <summary>Minor (under 18) or adult at the chat; coarser than age groups, so cells of small groups stay publishable.</summary>
    public static ConversationVariable Minor { get; } = ConversationVariable.Single(
        new Variable("minor", "Minor at the chat", [new("minor", "Under 18"), new("adult", "18 or older"), Category.Unknown]),
        c => MinorIndex(c.Age)).WithColumns(v => ColumnCodes.Ages(MinorIndex, v.Variable.Categories.Count));

    private static int MinorIndex(int? age) => age is null ? 2 : Conversation.IsMinorAge(age) ? 0 : 1;

    /// <summary>How many kinds of exploiter (relationship codes) the conversation names.</summary>
    public static int ExploiterKinds(Conversation c) => Kinds(c.Perpetrators);

    private static int Kinds(Perpetrators p) => BitOperations.PopCount((uint)p);

    /// <summary>True when more than one kind of exploiter is coded (see <see cref="SeveralExploiters"/>).</summary>
    public static bool HasSeveralExploiters(Conversation c) => ExploiterKinds(c) > 1;
}
