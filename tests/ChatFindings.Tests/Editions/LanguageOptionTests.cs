using ChatFindings.Cli;
using ChatFindings.Cli.Publishing;

namespace ChatFindings.Tests.Editions;

public class LanguageOptionTests
{
    [Theory]
    [InlineData("en", new[] { Language.English })]
    [InlineData("nl", new[] { Language.Dutch })]
    [InlineData("en,nl", new[] { Language.English, Language.Dutch })]
    [InlineData("nl, en", new[] { Language.English, Language.Dutch })] // English first whatever the order
    public void Lang_takes_en_nl_or_both(string text, Language[] expected) =>
        Assert.Equal(expected, PublishOptions.ParseLanguages(text));

    [Theory]
    [InlineData("fr")]
    [InlineData("en,en")]
    [InlineData("")]
    [InlineData("EN")]
    public void Anything_else_is_a_usage_error_naming_the_option(string text)
    {
        var e = Assert.Throws<UsageException>(() => PublishOptions.ParseLanguages(text));
        Assert.Contains("--lang", e.Message);
        Assert.Contains($"'{text}'", e.Message);
    }

    [Fact]
    public void English_alone_unless_told_otherwise() =>
        Assert.Equal([Language.English], new PublishOptions("/r", "/d.csv", "/o", 10, "/n").Languages);

    [Theory]
    [InlineData(null, Language.English)]
    [InlineData("", Language.English)]
    [InlineData("en", Language.English)]
    [InlineData("nl", Language.Dutch)]
    public void The_session_reads_CHATFINDINGS_LANG(string? value, Language expected)
    {
        var settings = SessionSettings.From(name => name == Languages.Variable ? value : null);
        Assert.Equal(expected, settings.Language);
    }

    [Fact]
    public void An_unknown_CHATFINDINGS_LANG_is_an_error_naming_the_variable()
    {
        var e = Assert.Throws<ArgumentException>(() => SessionSettings.From(name => name == Languages.Variable ? "de" : null));
        Assert.Contains("CHATFINDINGS_LANG='de'", e.Message);
    }
}
