namespace ChatFindings.Tests.Support;

/// <summary>A notebook session on the shipped synthetic data, as a notebook's first cell starts one (it registers the formatters).</summary>
internal static class Sessions
{
    public static NotebookSession OnSyntheticData(string notebook, bool publishing, int minCell = 10) =>
        NotebookSession.Start(notebook, new SessionSettings(Repo.PathOf("data", "synthetic", "conversations.csv"), minCell, publishing));
}
