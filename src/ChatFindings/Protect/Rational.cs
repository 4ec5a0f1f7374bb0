using System.Numerics;

namespace ChatFindings;

/// <summary>An exact fraction, for Gaussian elimination without rounding.</summary>
internal readonly record struct Rational
{
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException();
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsZero && !gcd.IsOne) (numerator, denominator) = (numerator / gcd, denominator / gcd);
        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }
    public BigInteger Denominator { get; }
    public bool IsZero => Numerator.IsZero;

    public static Rational Zero => new(0, 1);
    public static implicit operator Rational(int value) => new(value, 1);

    public static Rational operator -(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
}
