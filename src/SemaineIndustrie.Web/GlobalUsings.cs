global using SemaineIndustrie.Web.Catalogue;
