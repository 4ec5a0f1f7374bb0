namespace ChatFindings;

/// <summary>
/// Marks a type whose values a published page may show: protected tables, charts made from them,
/// claims, the narrative and the session's own outputs. While publishing, the publication guard
/// (and the runner, as a second check) fail any cell that displays a value of another type:
/// an allowlist, so a new way of showing rows is blocked until someone decides it is safe.
/// It sits at the bottom of the library (Model) because the types that implement it live in every
/// layer above; only Publish acts on it.
/// </summary>
public interface IPublishable;
