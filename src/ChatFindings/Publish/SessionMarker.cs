using System.Text.Json.Nodes;

namespace ChatFindings;

/// <summary>
/// The session's marker output (<see cref="PublishMimeTypes.Session"/>): the mode, the threshold
/// and the data a notebook actually ran with. Publish checks it in every executed notebook (a
/// notebook that ran exploring, with another threshold or on other data fails), and reads the
/// data's facts from it instead of loading the data again. Pages do not show it.
/// </summary>
internal static class SessionMarker
{
    public static string Json(NotebookSession session)
    {
        var years = session.Data.Conversations.Select(c => c.Year).ToList();
        return new JsonObject
        {
            ["notebook"] = session.Notebook,
            ["publishing"] = session.Publishing,
            ["min_cell"] = session.MinCell,
            ["data_file"] = session.DataFileName,
            ["data_sha256"] = session.Data.Source.Sha256,
            ["synthetic"] = session.IsSynthetic,
            ["data_description"] = session.Data.Source.Description,
            ["first_year"] = years.Count == 0 ? null : years.Min(),
            ["last_year"] = years.Count == 0 ? null : years.Max(),
            ["rows_accepted"] = session.Data.Report.RowsAccepted,
            ["rows_rejected"] = session.Data.Report.RowsRejected,
        }.ToJsonString();
    }
}
