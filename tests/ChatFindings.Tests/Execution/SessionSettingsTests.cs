using ChatFindings.Tests.EndToEnd;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Execution;

public sealed class SessionSettingsTests
{
    private static readonly string Data = Repo.PathOf("data", "synthetic", "conversations.csv");

    private static SessionSettings From(string? minCell = null, string? publish = null) =>
        SessionSettings.From(name => name switch
        {
            SessionSettings.DataVariable => Data,
            SessionSettings.MinCellVariable => minCell,
            SessionSettings.PublishVariable => publish,
            _ => null,
        });

    [Fact]
    public void Unset_means_exploring_with_the_default_minimum_cell() =>
        Assert.Equal(new SessionSettings(Data, SessionSettings.DefaultMinCell, false), From());

    [Fact]
    public void Publish_sets_the_mode_and_the_minimum_cell() =>
        Assert.Equal(new SessionSettings(Data, 5, true), From(minCell: "5", publish: "1"));

    [Theory]
    [InlineData("0")]
    [InlineData("ten")]
    [InlineData("-3")]
    public void A_bad_minimum_cell_is_an_error_naming_the_variable(string minCell) =>
        Assert.Contains($"CHATFINDINGS_MIN_CELL='{minCell}'", Assert.Throws<ArgumentException>(() => From(minCell: minCell)).Message);

    [Fact]
    public void An_unknown_publish_value_is_an_error_rather_than_a_guess() =>
        Assert.Contains("CHATFINDINGS_PUBLISH='yes'", Assert.Throws<ArgumentException>(() => From(publish: "yes")).Message);
}
