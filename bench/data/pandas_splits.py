# The splits benchmark's work in pandas: the six data checks and the statistics (mean, std, median,
# quantiles, distinct, string length) on train,
# then train against test: rows of test also in train (64-bit row hashes, pandas' own
# hash_pandas_object), class shares of the label, test categories never seen in train, dtypes.
import sys

import pandas as pd

train = pd.read_csv(sys.argv[1])
age = train["age"]
res = {
    "rows": len(train),
    "age_missing": int(age.isna().sum()),
    "age_range": int(((age < 0) | (age > 120)).sum()),
    "score_range": int(((train["score"] < 0) | (train["score"] > 1)).sum()),
    "country_allowed": int((~train["country"].isin(["BR", "US", "ES", "DE", "FR", "IN"])).sum()),
    "email_regex": int((~train["email"].str.fullmatch(r"[^@\s]+@[^@\s]+")).sum()),
    "id_duplicates": int(train["id"].duplicated().sum()),
    "date_invalid": int(pd.to_datetime(train["signup_date"], format="%Y-%m-%d", errors="coerce").isna().sum()),
    # The statistics.
    "income_mean": float(train["income"].mean()),
    "income_std": float(train["income"].std()),
    "income_median": float(train["income"].median()),
    "income_quantiles": [float(v) for v in train["income"].quantile([0.05, 0.95])],
    "country_distinct": int(train["country"].nunique()),
    "email_length": [int(train["email"].str.len().min()), int(train["email"].str.len().max())],
}
test = pd.read_csv(sys.argv[2])
h_train = pd.util.hash_pandas_object(train, index=False)
h_test = pd.util.hash_pandas_object(test, index=False)
res["leaked_rows"] = int(h_test.isin(set(h_train.unique())).sum())
shares = pd.concat(
    [train["active"].value_counts(normalize=True), test["active"].value_counts(normalize=True)], axis=1
).fillna(0)
res["max_class_shift"] = float((shares.iloc[:, 0] - shares.iloc[:, 1]).abs().max())
res["unseen"] = {c: int((~test[c].isin(train[c].unique())).sum()) for c in ["country", "segment", "comment"]}
res["same_dtypes"] = bool((train.dtypes == test.dtypes).all())
print(res)
