using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>Maps the columns of a CSV header to schema fields (by name) and reports every header problem.</summary>
internal sealed class HeaderMap
{
    private HeaderMap(int[] fieldOfColumn, int[] absentFields, bool isBroken, bool isUnreadable = false)
    {
        FieldOfColumn = fieldOfColumn;
        AbsentFields = absentFields;
        IsBroken = isBroken;
        IsUnreadable = isUnreadable;
    }

    /// <summary>Stands for a header line that could not be read at all (bad quoting or encoding).</summary>
    public static HeaderMap Unreadable { get; } = new([], [], isBroken: true, isUnreadable: true);

    public bool IsUnreadable { get; }

    /// <summary>For each file column, the schema field index, or -1 for a column that is not read.</summary>
    public int[] FieldOfColumn { get; }

    /// <summary>Schema fields with no column in the file (allowed only for optional fields under fieldsMatch superset).</summary>
    public int[] AbsentFields { get; }

    public int ColumnCount => FieldOfColumn.Length;

    /// <summary>True when the header does not match the schema: then no row can be accepted.</summary>
    public bool IsBroken { get; }

    public static HeaderMap Build(IReadOnlyList<string> names, TableSchema schema, CellErrorSink errors)
    {
        var broken = false;
        var map = new int[names.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < names.Count; c++)
        {
            var name = names[c];
            errors.Column = name;
            map[c] = -1;
            if (seen.TryGetValue(name, out var first))
            {
                errors.Report(LoadRules.DuplicateColumn, $"column {c + 1} has the same name as column {first + 1}", name);
                broken = true;
                continue;
            }
            seen[name] = c;
            var f = schema.IndexOf(name);
            if (f < 0)
            {
                var hint = schema.Fields.FirstOrDefault(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase));
                var message = name.Length == 0 ? $"column {c + 1} has no name" : $"column {c + 1} is not in the schema";
                errors.Report(LoadRules.UnknownColumn, hint is null ? message : $"{message} (did you mean '{hint.Name}'?)", name);
                broken = true;
                continue;
            }
            map[c] = f;
        }

        errors.Column = null;
        var absent = new List<int>();
        for (var f = 0; f < schema.Fields.Count; f++)
        {
            if (map.Contains(f)) continue;
            var field = schema.Fields[f];
            var allowed = schema.FieldsMatch == FieldsMatch.Superset && !field.Constraints.Required && !schema.PrimaryKey.Contains(field.Name);
            if (!allowed)
            {
                errors.Column = field.Name;
                errors.Report(LoadRules.MissingColumn, "the schema's column is missing from the header", null);
                broken = true;
            }
            absent.Add(f);
        }
        errors.Column = null;

        if (!broken && schema.FieldsMatch == FieldsMatch.Exact && !map.SequenceEqual(Enumerable.Range(0, schema.Fields.Count)))
        {
            errors.Report(LoadRules.ColumnOrder,
                "the columns are not in the schema's order: " + string.Join(", ", schema.Fields.Select(x => x.Name)), null);
            broken = true;
        }
        if (broken)
            errors.Report(LoadRules.Header, "no data row can be accepted because the header does not match the schema; rows are still checked column by column", null);
        return new HeaderMap(map, absent.ToArray(), broken);
    }
}
