using System.Runtime.CompilerServices;
using ChatFindings.Schema;
namespace ChatFindings.Load;

/// <summary>
/// Binds the columns of the conversations codebook by name, once per file, after checking that the schema
/// declares each with the type and categories <see cref="Conversation"/> needs.
/// </summary>
internal sealed class ConversationColumns
{
    public int Id, Year, Reporter, Age, Gender, ExploitationType, Perpetrators, Duration, Ongoing, FirstDisclosure,
        OnlineRecruitment, Platforms, ClientsInvolved, FirstConfidant, FirstReaction, HelpAccepted, PoliceReport;

    public static ConversationColumns Bind(TableSchema schema)
    {
        var problems = new List<string>();
        int Field(string name, params FieldType[] types)
        {
            var i = schema.IndexOf(name);
            if (i < 0) problems.Add($"the conversations schema needs a field '{name}'");
            else if (!types.Contains(schema.Fields[i].Type))
                problems.Add($"field '{name}' must be of type {string.Join(" or ", types).ToLowerInvariant()}");
            return i;
        }
        int Categorical<TEnum>(string name, FieldType type = FieldType.String) where TEnum : struct, Enum
        {
            var i = Field(name, type);
            if (i >= 0 && schema.Fields[i].Type == type)
            {
                try { EnumBinding.Verify<TEnum>(schema, schema.Fields[i]); }
                catch (SchemaException e) { problems.AddRange(e.Problems); }
            }
            return i;
        }
        int Required(string name, int index)
        {
            if (index >= 0 && !schema.Fields[index].Constraints.Required)
                problems.Add($"field '{name}' must be required (Conversation has no 'not known' for it)");
            return index;
        }

        var c = new ConversationColumns
        {
            Id = Required("conversation_id", Field("conversation_id", FieldType.String)),
            Year = Required("year", Field("year", FieldType.Integer, FieldType.Year)),
            Reporter = Required("reporter", Categorical<Reporter>("reporter")),
            Age = Field("age", FieldType.Integer),
            Gender = Categorical<Gender>("gender"),
            ExploitationType = Required("exploitation_type", Categorical<ExploitationType>("exploitation_type")),
            Perpetrators = Categorical<Perpetrators>("perpetrators", FieldType.List),
            Duration = Categorical<Duration>("duration"),
            Ongoing = Field("ongoing", FieldType.Boolean),
            FirstDisclosure = Field("first_disclosure", FieldType.Boolean),
            OnlineRecruitment = Field("online_recruitment", FieldType.Boolean),
            Platforms = Categorical<Platforms>("platforms", FieldType.List),
            ClientsInvolved = Field("clients_involved", FieldType.Boolean),
            FirstConfidant = Categorical<Confidant>("first_confidant"),
            FirstReaction = Categorical<Reaction>("first_reaction"),
            HelpAccepted = Field("help_accepted", FieldType.Boolean),
            PoliceReport = Field("police_report", FieldType.Boolean),
        };
        if (c.Id >= 0 && schema.Fields[c.Id].IsCategorical) problems.Add("field 'conversation_id' must not have categories");
        if (problems.Count > 0) throw new SchemaException(schema.Source, problems);
        return c;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public Conversation Map(TableRow r) => new(
        r.GetString(Id)!,
        r.GetInt(Year)!.Value,
        (Reporter)r.GetCategoryIndex(Reporter)!.Value,
        r.GetInt(Age),
        (Gender?)r.GetCategoryIndex(Gender),
        (ExploitationType)r.GetCategoryIndex(ExploitationType)!.Value,
        (Perpetrators)r.GetListMask(Perpetrators),
        (Duration?)r.GetCategoryIndex(Duration),
        r.GetBool(Ongoing),
        r.GetBool(FirstDisclosure),
        r.GetBool(OnlineRecruitment),
        (Platforms)r.GetListMask(Platforms),
        r.GetBool(ClientsInvolved),
        (Confidant?)r.GetCategoryIndex(FirstConfidant),
        (Reaction?)r.GetCategoryIndex(FirstReaction),
        r.GetBool(HelpAccepted),
        r.GetBool(PoliceReport));
}
