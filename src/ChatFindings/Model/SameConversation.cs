namespace ChatFindings;

/// <summary>
/// Compares conversations by identity: the same row of the same data set (or the same made
/// conversation), not equal values. A <see cref="Conversation"/> is a struct view, so
/// <see cref="ReferenceEqualityComparer"/> does not apply; use this to ask "is it the same one".
/// </summary>
public sealed class SameConversation : IEqualityComparer<Conversation>
{
    public static SameConversation Instance { get; } = new();

    private SameConversation() { }

    public bool Equals(Conversation x, Conversation y) => x.IsSameRowAs(y);

    public int GetHashCode(Conversation c) => c.RowHashCode();
}
