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
        c => c.Perpetrators == Perpetrators.None ? 2 : c.HasParentExploiter ? 0 : 1);

    /// <summary>
    /// More than one kind of exploiter coded. The list codes relationships, not people: two
    /// strangers are one code, so this is a lower bound of having several exploiters.
    /// </summary>
    public static ConversationVariable SeveralExploiters { get; } = ConversationVariable.Single(
        new Variable("several_exploiters", "Several exploiters",
            [new("several", "More than one kind of exploiter"), new("one", "One kind of exploiter"), Category.Unknown]),
        c => ExploiterKinds(c) switch { 0 => 2, 1 => 1, _ => 0 });

    /// <summary>Minor (under 18) or adult at the chat; coarser than age groups, so cells of small groups stay publishable.</summary>
    public static ConversationVariable Minor { get; } = ConversationVariable.Single(
        new Variable("minor", "Minor at the chat", [new("minor", "Under 18"), new("adult", "18 or older"), Category.Unknown]),
        c => c.Age is null ? 2 : c.IsMinor ? 0 : 1);

    /// <summary>How many kinds of exploiter (relationship codes) the conversation names.</summary>
    public static int ExploiterKinds(Conversation c) => BitOperations.PopCount((uint)c.Perpetrators);

    /// <summary>True when more than one kind of exploiter is coded (see <see cref="SeveralExploiters"/>).</summary>
    public static bool HasSeveralExploiters(Conversation c) => ExploiterKinds(c) > 1;
}
