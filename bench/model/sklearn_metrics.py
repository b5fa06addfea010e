# The benchmark's metrics with pandas + scikit-learn: ROC AUC, F1, log loss, recall per slice.
import json
import sys

import pandas as pd
from sklearn import metrics as M

df = pd.read_csv(sys.argv[1])
y, s, p = df["label"], df["score"], df["prediction"]
res = {
    "roc_auc": M.roc_auc_score(y, s),
    "f1": M.f1_score(y, p),
    "log_loss": M.log_loss(y, s),
    "recall_by_region": {k: M.recall_score(g["label"], g["prediction"]) for k, g in df.groupby("region")},
    "recall_by_segment": {k: M.recall_score(g["label"], g["prediction"]) for k, g in df.groupby("segment")},
}
print(json.dumps(res))
