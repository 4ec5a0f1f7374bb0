namespace ChatFindings;

/// <summary>The years the report covers: conversations from 2019 through 2023.</summary>
public static class StudyPeriod
{
    public const int FirstYear = 2019;
    public const int LastYear = 2023;
    public const string Label = "2019–2023";

    public static bool Contains(int year) => year is >= FirstYear and <= LastYear;

    public static IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);
}
