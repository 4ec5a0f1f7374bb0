namespace ChatFindings;

/// <summary>
/// The Newcombe hybrid score interval for a difference of two independent proportions p1 − p2
/// (Newcombe, R. G. 1998, "Interval estimation for the difference between independent proportions:
/// comparison of eleven methods", Stat Med 17:873–890, method 10), built from the two Wilson
/// intervals. It keeps its coverage for small groups, where the Wald difference interval does not.
/// </summary>
public static class NewcombeInterval
{
    public const string Method = "Newcombe hybrid score";

    public static ProportionInterval ForDifference(int successes1, int total1, int successes2, int total2, double level = ProportionInterval.DefaultLevel)
    {
        var a = WilsonInterval.For(successes1, total1, level);
        var b = WilsonInterval.For(successes2, total2, level);
        double p1 = (double)successes1 / total1, p2 = (double)successes2 / total2, d = p1 - p2;
        var low = d - Math.Sqrt(Square(p1 - a.Low) + Square(b.High - p2));
        var high = d + Math.Sqrt(Square(a.High - p1) + Square(p2 - b.Low));
        return new ProportionInterval(low, high, level, Method);
    }

    private static double Square(double x) => x * x;
}
