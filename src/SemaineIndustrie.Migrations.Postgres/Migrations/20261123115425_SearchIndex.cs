using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SemaineIndustrie.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The full-text index of events (ADR 0004): a tsvector column outside the EF model, filled by a trigger with
    /// the 'simple' configuration over unaccented text (title weighted A, summary, place and organisation B,
    /// description C), and a GIN index on it.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""ALTER TABLE "Events" ADD COLUMN "SearchVector" tsvector;""");
            migrationBuilder.Sql("""
                CREATE FUNCTION events_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW."SearchVector" :=
                        setweight(to_tsvector('simple', unaccent(coalesce(NEW."Title", ''))), 'A') ||
                        setweight(to_tsvector('simple', unaccent(
                            coalesce(NEW."Summary", '') || ' ' || coalesce(NEW."Venue", '') || ' ' ||
                            coalesce((SELECT "Name" FROM "Communes" WHERE "InseeCode" = NEW."CommuneCode"), '') || ' ' ||
                            coalesce((SELECT "Name" FROM "Organisations" WHERE "Id" = NEW."OrganisationId"), ''))), 'B') ||
                        setweight(to_tsvector('simple', unaccent(coalesce(NEW."Description", ''))), 'C');
                    RETURN NEW;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER events_search_vector
                BEFORE INSERT OR UPDATE OF "Title", "Summary", "Description", "Venue", "CommuneCode", "OrganisationId" ON "Events"
                FOR EACH ROW EXECUTE FUNCTION events_search_vector();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION organisations_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "Events" SET "OrganisationId" = "OrganisationId" WHERE "OrganisationId" = NEW."Id";
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER organisations_search_vector AFTER UPDATE OF "Name" ON "Organisations"
                FOR EACH ROW WHEN (OLD."Name" IS DISTINCT FROM NEW."Name") EXECUTE FUNCTION organisations_search_vector();
                """);
            migrationBuilder.Sql("""UPDATE "Events" SET "Title" = "Title";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Events_SearchVector" ON "Events" USING gin ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS organisations_search_vector ON "Organisations";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS organisations_search_vector();");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS events_search_vector ON "Events";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS events_search_vector();");
            migrationBuilder.Sql("""ALTER TABLE "Events" DROP COLUMN IF EXISTS "SearchVector";""");
        }
    }
}
