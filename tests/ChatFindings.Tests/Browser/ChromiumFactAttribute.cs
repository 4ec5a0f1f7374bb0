namespace ChatFindings.Tests.Browser;

/// <summary>
/// A test that needs Debian's Chromium. It is skipped, with the reason, only on a developer
/// machine without Chromium; in CI (the CI variable is set) it always runs, and fails if Chromium is missing.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = $"{ChromiumPath} is not installed (apt-get install chromium); browser tests run whenever CI is set";
    }
}
