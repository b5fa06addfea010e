# The benchmark's checks in pandas: missing, range, allowed, regex, unique id, date parse.
import sys
import pandas as pd

df = pd.read_csv(sys.argv[1])
age = df["age"]
res = {
    "rows": len(df),
    "age_missing": int(age.isna().sum()),
    "age_range": int(((age < 0) | (age > 120)).sum()),
    "score_range": int(((df["score"] < 0) | (df["score"] > 1)).sum()),
    "country_allowed": int((~df["country"].isin(["BR", "US", "ES", "DE", "FR", "IN"])).sum()),
    "email_regex": int((~df["email"].str.fullmatch(r"[^@\s]+@[^@\s]+")).sum()),
    "id_duplicates": int(df["id"].duplicated().sum()),
    "date_invalid": int(pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce").isna().sum()),
}
print(res)
