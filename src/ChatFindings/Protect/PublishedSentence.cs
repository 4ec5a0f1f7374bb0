namespace ChatFindings;

/// <summary>A count a published sentence shows, and where (for messages), e.g. "05-parents, cell 7 (narrative)".</summary>
public sealed record PublishedSentence(string Source, SentenceCount Count);
