namespace ChatFindings.Synthetic;

/// <summary>
/// The generator's parameters for one year of first contact. Shares are chosen so the generated
/// data meets <see cref="CalibrationTargets"/>; the published figure each one follows is noted there.
/// Weight arrays are indexed by the enum's member order (codebook order).
/// </summary>
internal sealed record YearProfile(
    int Year,
    int Conversations,
    double ThirdPartyShare,
    double MinorShare,
    double ParentShare,
    double[] TypeWeights,
    double[] MinorAgeWeights,
    double[] DurationWeights,
    double OngoingShare)
{
    /// <summary>First age of <see cref="MinorAgeWeights"/> (non-parent minors).</summary>
    public const int MinorAgeFrom = 11;

    /// <summary>
    /// Conversations per year. 2019 and 2021: the yearly reports' victim counts (the 2019 report's
    /// "89% contacted the chat themselves" shows that count includes reports by others); 2020 and
    /// 2022: the visitors with a trafficking question. 2023 has no published figure: it is the
    /// remainder of the 2019-2023 total of about 1,380, 1380 - (299 + 283 + 285 + 229) = 284 (derived).
    /// </summary>
    public static readonly YearProfile[] All =
    [
        // 2019: 89% self-reports; about two thirds minors; over a quarter aged 15 or younger;
        // over half exploited more than a year; parents in 16 cases.
        new(2019, 299, 0.11, 0.67, 16.0 / 299,
            TypeWeights: [0.905, 0.030, 0.030, 0.020, 0.015],
            MinorAgeWeights: [0.5, 2, 4, 6, 9, 14, 14],
            DurationWeights: [0.40, 0.30, 0.20, 0.10],
            OngoingShare: 0.62),
        // 2020: 250 of 283 visitors victims; 91.5% sexual, about 4% criminal; about 60% minors;
        // 20% aged 15 or younger; parents in 28 cases.
        new(2020, 283, 33.0 / 283, 0.60, 28.0 / 283,
            TypeWeights: [0.920, 0.040, 0.020, 0.012, 0.008],
            MinorAgeWeights: [0.2, 0.5, 1.5, 3, 6, 18, 20],
            DurationWeights: [0.42, 0.28, 0.20, 0.10],
            OngoingShare: 0.62),
        // 2021: three quarters still exploited; a quarter 5 years or more; about 1 in 5 under 15; parents 16%.
        new(2021, 285, 0.12, 0.47, 0.155,
            TypeWeights: [0.860, 0.070, 0.040, 0.020, 0.010],
            MinorAgeWeights: [1, 3, 5, 9, 11, 12, 12],
            DurationWeights: [0.30, 0.25, 0.22, 0.23],
            OngoingShare: 0.75),
        // 2022: 199 of 229 visitors victims; over 40% minors. Criminal exploitation keeps growing.
        new(2022, 229, 30.0 / 229, 0.44, 0.08,
            TypeWeights: [0.800, 0.110, 0.050, 0.025, 0.015],
            MinorAgeWeights: [1, 3, 6, 8, 10, 12, 12],
            DurationWeights: [0.42, 0.28, 0.20, 0.10],
            OngoingShare: 0.62),
        // 2023: no published yearly figures; the trends of 2019-2022 continued.
        new(2023, 284, 0.12, 0.37, 0.07,
            TypeWeights: [0.750, 0.150, 0.060, 0.025, 0.015],
            MinorAgeWeights: [1, 3, 6, 8, 10, 12, 12],
            DurationWeights: [0.42, 0.28, 0.20, 0.10],
            OngoingShare: 0.62),
    ];
}
