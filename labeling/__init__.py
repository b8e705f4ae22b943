"""Getting human labels: active-learning selection and the Label Studio bridge."""
